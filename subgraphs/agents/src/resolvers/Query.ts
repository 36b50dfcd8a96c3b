import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../authz.js';
import { reportingPeriod } from '../domain/period.js';
import { systemHealthToGraphQL } from '../health/to-graphql.js';

export const Query: QueryResolvers = {
  systemHealth: async (_parent, _args, { health }) => {
    const current = health.snapshot();
    // Before the first scheduled round (or with the poller not running), check on demand.
    return systemHealthToGraphQL(current.checkedAt ? current : await health.pollNow());
  },
  aiUsage: (_parent, args, { principal }) => {
    requireAdmin(principal);
    return reportingPeriod(args.from, args.to);
  },
};
