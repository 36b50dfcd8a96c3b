import type { Tier } from '@phoenix/context-token';
import type { SubscriptionRow } from '../db/schema.js';

export type SubscriptionStatus = SubscriptionRow['status'];
export type PaidTier = Exclude<Tier, 'FREE'>;

const FROM_STRIPE: Readonly<Record<string, SubscriptionStatus>> = {
  incomplete: 'INCOMPLETE',
  // Stripe documents incomplete_expired as terminal: the first payment never arrived.
  incomplete_expired: 'CANCELED',
  trialing: 'TRIALING',
  active: 'ACTIVE',
  past_due: 'PAST_DUE',
  canceled: 'CANCELED',
  unpaid: 'UNPAID',
  paused: 'PAUSED',
};

// How far along Stripe's lifecycle a status is; breaks ties between observations made in the
// same second. Moving back (past_due → active after a retry, resuming) takes days, not a second.
const LIFECYCLE_RANK: Readonly<Record<SubscriptionStatus, number>> = {
  INCOMPLETE: 0,
  TRIALING: 1,
  ACTIVE: 2,
  PAST_DUE: 3,
  PAUSED: 3,
  UNPAID: 4,
  CANCELED: 5,
};

/** Billing's status for a Stripe subscription status; undefined for a status Stripe may add later. */
export function fromStripeStatus(status: string): SubscriptionStatus | undefined {
  return Object.hasOwn(FROM_STRIPE, status) ? FROM_STRIPE[status] : undefined;
}

/**
 * Statuses that keep the plan's features. PAST_DUE keeps them while Stripe retries the
 * payment; UNPAID, PAUSED and CANCELED do not.
 */
export function isEntitling(status: SubscriptionStatus): boolean {
  return status === 'ACTIVE' || status === 'TRIALING' || status === 'PAST_DUE';
}

/** A canceled subscription never comes back in Stripe: a new one is created instead. */
export function isTerminal(status: SubscriptionStatus): boolean {
  return status === 'CANCELED';
}

export function lifecycleRank(status: SubscriptionStatus): number {
  return LIFECYCLE_RANK[status];
}

export function isPaidTier(value: unknown): value is PaidTier {
  return value === 'PREMIUM' || value === 'PREMIUM_PLUS';
}
