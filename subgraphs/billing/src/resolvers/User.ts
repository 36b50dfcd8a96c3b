import type { UserResolvers } from '../__generated__/resolvers-types.js';
import { requireSelfOrAdmin } from '../authz.js';
import { displayedSubscription } from '../domain/entitlement.js';
import { toSubscriptionView } from '../domain/subscription-view.js';

/** A User as billing sees it: only the key. */
export interface UserReference {
  id: string;
}

export const User: UserResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  subscription: async (user, _args, context) => {
    requireSelfOrAdmin(context.principal, user.id);
    return toSubscriptionView(displayedSubscription(await context.loaders.subscriptionsByUserId.load(user.id)));
  },
};
