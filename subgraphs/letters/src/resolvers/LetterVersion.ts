import type { LetterVersionResolvers } from '../__generated__/resolvers-types.js';
import { toGraphTone } from '../domain/tone.js';

export const LetterVersion: LetterVersionResolvers = {
  tone: (version) => toGraphTone(version.tone),
  createdAt: (version) => version.createdAt.toISOString(),
};
