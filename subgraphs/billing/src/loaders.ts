import DataLoader from 'dataloader';
import type { Database } from '@phoenix/db';
import type { SubscriptionState } from './domain/subscription-state.js';
import { subscriptionsOfUsers } from './store/subscriptions.js';

export interface BillingLoaders {
  /** Every subscription of a user (usually one or none). */
  subscriptionsByUserId: DataLoader<string, SubscriptionState[]>;
}

export function createLoaders(db: Database): BillingLoaders {
  return {
    subscriptionsByUserId: new DataLoader(async (userIds: readonly string[]) => {
      const byUser = await subscriptionsOfUsers(db, userIds);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  };
}
