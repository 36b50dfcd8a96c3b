import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { requireSelf, requireSelfOrAdmin } from '../authz.js';
import { monthlyLetterLimit, quotaPeriod } from '../domain/quota.js';
import { lettersUsed } from '../store/usage.js';
import { pageSize } from './page-size.js';

/** A User as letters sees it: only the key. */
export interface UserReference {
  id: string;
}

export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  letters: (user, { first }, context) => {
    requireSelfOrAdmin(context.principal, user.id);
    return context.loaders.lettersOfUser(pageSize(first)).load(user.id);
  },
  letterQuota: async (user, _args, context) => {
    const self = requireSelf(context.principal, user.id);
    const period = quotaPeriod(context.now(), context.quotaTimeZone);
    const limit = monthlyLetterLimit(self.tier);
    const used = await lettersUsed(context.db, self.userId, period.month);
    return { used, limit, remaining: limit === null ? null : Math.max(0, limit - used), resetsAt: period.resetsAt.toISOString() };
  },
};
