import type { Tier } from '@phoenix/context-token';
import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { requireSelf, requireSelfOrAdmin } from '../authz.js';
import { isUuid, pageSize } from '../domain/inputs.js';
import { contextDays, dailyMessageLimit, dayPeriod } from '../domain/quota.js';

/** A User as Iris sees it: the key, and the tier when a field requires it. */
export interface UserReference {
  id: string;
  tier?: Tier;
}

// Accounts' ids are UUIDs: another id has no Iris data (and must not reach a uuid column).
export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id, ...(reference.tier ? { tier: reference.tier } : {}) }),

  conversations: async (user, { first }, { principal, loaders }) => {
    requireSelf(principal, user.id);
    const count = pageSize(first, 20, 50);
    return isUuid(user.id) ? loaders.conversations.load({ ownerId: user.id.toLowerCase(), first: count }) : [];
  },

  irisQuota: async (user, _args, { principal, loaders, now, services }) => {
    requireSelfOrAdmin(principal, user.id);
    const period = dayPeriod(now, services.timeZone);
    const used = isUuid(user.id) ? await loaders.usage.load({ userId: user.id.toLowerCase(), day: period.day }) : 0;
    // Accounts' tier comes with the reference (`@requires`); the caller's token is the fallback.
    const tier = user.tier ?? (principal.kind === 'user' && principal.userId === user.id ? principal.tier : 'FREE');
    const limit = dailyMessageLimit(tier);
    return { used, limit, remaining: limit === null ? null : Math.max(0, limit - used), resetsAt: period.resetsAt.toISOString(), contextDays: contextDays(tier) };
  },
};
