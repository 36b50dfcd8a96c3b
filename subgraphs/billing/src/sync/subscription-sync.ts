import type { Transaction } from '@phoenix/db';
import { planOfSubscription, toSubscriptionState, type SubscriptionFacts } from '../domain/stripe-objects.js';
import type { PaidTier } from '../domain/subscription-status.js';
import { userOfCustomer } from '../store/customers.js';
import { isErasedCustomer } from '../store/erased-customers.js';
import { lockUser, recordSubscription, userOfSubscription, type RecordOutcome } from '../store/subscriptions.js';

export type SyncOutcome = RecordOutcome | { ignored: 'unknown user' | 'unknown plan' | 'erased customer' };

/**
 * Records a Stripe subscription observed at `observedAt`. Its user comes from the metadata
 * our checkout set, else from what billing already knows of the subscription or customer;
 * its plan from the configured prices. A subscription with neither is not Phoenix's, and
 * one of a customer an erasure deleted is no longer anyone's.
 */
export async function syncSubscription(
  tx: Transaction,
  facts: SubscriptionFacts,
  observedAt: Date,
  planOfPrice: (priceId: string) => PaidTier | undefined,
  causationId?: string,
): Promise<SyncOutcome> {
  const userId =
    facts.userId ?? (await userOfSubscription(tx, facts.stripeSubscriptionId)) ?? (await userOfCustomer(tx, facts.stripeCustomerId));
  if (!userId) return { ignored: 'unknown user' };
  // Under the user's lock, so an erasure running now has either not started or committed its tombstone.
  await lockUser(tx, userId);
  if (await isErasedCustomer(tx, facts.stripeCustomerId)) return { ignored: 'erased customer' };
  const plan = planOfSubscription(facts, planOfPrice);
  if (!plan) return { ignored: 'unknown plan' };
  return recordSubscription(tx, toSubscriptionState(facts, { userId, plan }, observedAt), causationId);
}
