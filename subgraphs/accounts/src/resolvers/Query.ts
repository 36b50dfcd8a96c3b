import { badUserInput, forbidden } from '@phoenix/errors';
import { cohortsBetween, funnelBetween } from '../analytics/queries.js';
import { isAdmin, requireUser, requireUserReader } from '../authz.js';
import { auditQueries } from '../audit/resolvers.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { erasureQueries } from '../erasure/resolvers.js';
import { apiKeyQueries } from './api-keys.js';

const MAX_RANGE_DAYS = 731;

function requireAdmin(principal: Parameters<typeof requireUser>[0]): void {
  if (!isAdmin(requireUser(principal))) throw forbidden('Only administrators may read analytics.');
}

function period(from: string, to: string): { from: Date; to: Date } {
  const start = new Date(from);
  const end = new Date(to);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) throw badUserInput('from and to must be ISO-8601 instants.', { field: 'from' });
  if (end <= start) throw badUserInput('to must be after from.', { field: 'to' });
  if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badUserInput('The period is at most two years.', { field: 'to' });
  return { from: start, to: end };
}

export const Query: QueryResolvers = {
  me: (_root, _args, { principal, loaders }) => (principal.kind === 'user' ? loaders.userById.load(principal.userId) : null),
  user: async (_root, { id }, { principal, loaders, consents }) => {
    await requireUserReader(principal, id, consents);
    return loaders.userById.load(id);
  },
  ...apiKeyQueries,
  ...auditQueries,
  ...erasureQueries,
  funnel: async (_root, args, { principal, db }) => {
    requireAdmin(principal);
    const { from, to } = period(args.from, args.to);
    const steps = await funnelBetween(db, from, to);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      steps: steps.map((s) => ({ name: s.step, count: s.count, conversionFromPrevious: s.conversionFromPrevious })),
    };
  },
  cohorts: async (_root, args, { principal, db }) => {
    requireAdmin(principal);
    const { from, to } = period(args.from, args.to);
    const cohorts = await cohortsBetween(db, from, to);
    return cohorts.map((c) => ({ period: c.period, size: c.size, retention: c.points }));
  },
};
