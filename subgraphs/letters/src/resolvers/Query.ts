import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';
import { ownLetter } from './own-letter.js';

export const Query: QueryResolvers = {
  letter: (_parent, { id }, context) => ownLetter(context, requireUser(context.principal), id),
};
