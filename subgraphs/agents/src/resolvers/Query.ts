import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireAdmin } from '../authz.js';
import { reportingPeriod } from '../domain/period.js';
import type { SystemHealth } from '../health/monitor.js';

function toGraphQL(health: SystemHealth) {
  return {
    status: health.status,
    checkedAt: health.checkedAt?.toISOString() ?? null,
    services: health.services.map((s) => ({ name: s.name, status: s.status, latencyMs: s.latencyMs, checkedAt: s.checkedAt?.toISOString() ?? null })),
  };
}

export const Query: QueryResolvers = {
  systemHealth: async (_parent, _args, { health }) => {
    const current = health.snapshot();
    // Before the first scheduled round (or with the poller not running), check on demand.
    return toGraphQL(current.checkedAt ? current : await health.pollNow());
  },
  aiUsage: (_parent, args, { principal }) => {
    requireAdmin(principal);
    return reportingPeriod(args.from, args.to);
  },
};
