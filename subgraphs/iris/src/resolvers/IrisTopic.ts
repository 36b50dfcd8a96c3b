import type { IrisTopicResolvers } from '../__generated__/resolvers-types.js';

export const IrisTopic: IrisTopicResolvers = {
  key: (topic) => topic.key,
};
