import { PLAN_CATALOG } from '@phoenix/plans';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  plans: () => [...PLAN_CATALOG],
};
