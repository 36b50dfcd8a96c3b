import type { IrisReplyChunkResolvers } from '../__generated__/resolvers-types.js';

export const IrisReplyChunk: IrisReplyChunkResolvers = {
  index: (chunk) => chunk.seq,
  user: (chunk) => ({ id: chunk.userId }),
};
