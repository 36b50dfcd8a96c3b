import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { HELPLINES } from '../domain/human-help.js';

export const Query: QueryResolvers = {
  riseHelplines: () => [...HELPLINES],
};
