import { isEntitling, isTerminal, lifecycleRank, type PaidTier, type SubscriptionStatus } from './subscription-status.js';

/** What billing knows of one Stripe subscription. */
export interface SubscriptionState {
  stripeSubscriptionId: string;
  userId: string;
  plan: PaidTier;
  status: SubscriptionStatus;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  stripeCustomerId: string | null;
  /** Stripe's `created` of the subscription. */
  startedAt: Date;
  endedAt: Date | null;
  /** Stripe time of the observation this state comes from (event `created`, or when it was fetched). */
  observedAt: Date;
}

/** An invoice event that moves a subscription's status as Stripe documents. */
export type InvoiceOutcome = 'paid' | 'payment_failed';

/**
 * The state to keep when a full observation of a subscription arrives, or undefined to keep
 * the stored one. Webhooks arrive in any order and more than once, so: a canceled
 * subscription stays canceled, the newer observation wins, and within the same second the
 * one further along Stripe's lifecycle wins (`created` is in whole seconds). A newer
 * observation of the same state is still kept, for its time. The user a subscription
 * belongs to never changes.
 */
export function mergeObservation(stored: SubscriptionState | undefined, incoming: SubscriptionState): SubscriptionState | undefined {
  if (!stored) return incoming;
  if (isTerminal(stored.status)) return undefined;
  const storedAt = stored.observedAt.getTime();
  const incomingAt = incoming.observedAt.getTime();
  if (incomingAt < storedAt) return undefined;
  if (incomingAt === storedAt && lifecycleRank(incoming.status) < lifecycleRank(stored.status)) return undefined;
  return { ...incoming, userId: stored.userId };
}

/**
 * The state after an invoice event, or undefined when it changes nothing. Stripe moves a
 * running subscription to `past_due` when a renewal payment fails (the first invoice of a
 * new subscription failing leaves it `incomplete`), and back to `active` once the invoice is
 * paid. An observation newer than the invoice event wins.
 */
export function applyInvoiceOutcome(stored: SubscriptionState, outcome: InvoiceOutcome, observedAt: Date): SubscriptionState | undefined {
  if (observedAt.getTime() < stored.observedAt.getTime()) return undefined;
  const status = invoiceStatus(stored.status, outcome);
  if (!status) return undefined;
  return { ...stored, status, observedAt };
}

function invoiceStatus(current: SubscriptionStatus, outcome: InvoiceOutcome): SubscriptionStatus | undefined {
  if (outcome === 'payment_failed') return current === 'ACTIVE' || current === 'TRIALING' ? 'PAST_DUE' : undefined;
  return current === 'PAST_DUE' || current === 'UNPAID' || current === 'INCOMPLETE' ? 'ACTIVE' : undefined;
}

/** True when only the observation time differs: what users and other subgraphs see is unchanged. */
export function sameVisibleState(a: SubscriptionState, b: SubscriptionState): boolean {
  return (
    a.plan === b.plan &&
    a.status === b.status &&
    a.cancelAtPeriodEnd === b.cancelAtPeriodEnd &&
    a.currentPeriodEnd?.getTime() === b.currentPeriodEnd?.getTime() &&
    a.endedAt?.getTime() === b.endedAt?.getTime() &&
    a.stripeCustomerId === b.stripeCustomerId
  );
}

/** Whether the state gives its user the plan's features. */
export function entitles(state: SubscriptionState): boolean {
  return isEntitling(state.status);
}
