import type { Tier } from '@phoenix/context-token';
import { localDate, monthPeriod, planFor } from '@phoenix/plans';
import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { requireSelfOrAdmin } from '../authz.js';
import { isUuid, pageSize, parseDay } from '../domain/inputs.js';
import { emotionalTrend } from '../domain/trend.js';

/** A User as Rise sees it: the key, and the tier when a field requires it. */
export interface UserReference {
  id: string;
  tier?: Tier;
}

// Accounts' ids are UUIDs: another id has no Rise data (and must not reach a uuid column).
export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id, ...(reference.tier ? { tier: reference.tier } : {}) }),

  journal: async (user, { first }, { principal, loaders }) => {
    requireSelfOrAdmin(principal, user.id);
    const count = pageSize(first, 30, 100);
    return isUuid(user.id) ? loaders.journal.load({ userId: user.id, first: count }) : [];
  },

  goals: async (user, { includeCompleted }, { principal, loaders }) => {
    requireSelfOrAdmin(principal, user.id);
    if (!isUuid(user.id)) return [];
    const goals = await loaders.goals.load(user.id);
    return includeCompleted === false ? goals.filter((goal) => !goal.completedAt) : goals;
  },

  emotionalTrend: async (user, _args, { principal, loaders, now }) => {
    requireSelfOrAdmin(principal, user.id);
    const entries = isUuid(user.id) ? await loaders.trendEntries.load(user.id) : [];
    return emotionalTrend(entries.map((e) => ({ at: e.createdAt, mood: e.mood, confidence: e.confidence })), now);
  },

  dailyActions: async (user, { day }, { principal, loaders, now, settings }) => {
    requireSelfOrAdmin(principal, user.id);
    const wanted = parseDay(day, localDate(now, settings.timeZone));
    return isUuid(user.id) ? loaders.actions.load({ userId: user.id, day: wanted }) : [];
  },

  practiceSessions: async (user, { first }, { principal, loaders }) => {
    requireSelfOrAdmin(principal, user.id);
    const count = pageSize(first, 20, 100);
    return isUuid(user.id) ? loaders.practice.load({ userId: user.id, first: count }) : [];
  },

  coachingSessions: async (user, { first }, { principal, loaders }) => {
    requireSelfOrAdmin(principal, user.id);
    const count = pageSize(first, 10, 50);
    return isUuid(user.id) ? loaders.coaching.load({ userId: user.id, first: count }) : [];
  },

  coachingQuota: async (user, _args, { principal, loaders, now, settings }) => {
    requireSelfOrAdmin(principal, user.id);
    const period = monthPeriod(now, settings.timeZone);
    const used = isUuid(user.id) ? await loaders.usage.load({ userId: user.id, period: period.key }) : 0;
    // Accounts' tier comes with the reference (`@requires`); the caller's token is the fallback.
    const tier = user.tier ?? (principal.kind === 'user' && principal.userId === user.id ? principal.tier : 'FREE');
    const limit = planFor(tier).quotas.coachingSessionsPerMonth;
    return { used, limit, remaining: limit === null ? null : Math.max(0, limit - used), resetsAt: period.resetsAt.toISOString() };
  },
};
