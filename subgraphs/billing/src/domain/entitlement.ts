import type { NewEvent } from '@phoenix/events';
import type { SubscriptionState } from './subscription-state.js';
import { isEntitling, type PaidTier } from './subscription-status.js';

/** The paid plan a user is entitled to, and the subscription that gives it. */
export interface Entitlement {
  stripeSubscriptionId: string;
  plan: PaidTier;
  currentPeriodEnd: Date | null;
}

/** What happened to a user's entitlement, as accounts needs to hear it. */
export type EntitlementChange =
  | { kind: 'activated'; entitlement: Entitlement }
  | { kind: 'canceled'; previous: Entitlement; effectiveAt: Date };

const PLAN_ORDER: Readonly<Record<PaidTier, number>> = { PREMIUM: 1, PREMIUM_PLUS: 2 };

/**
 * The subscription that decides a user's plan: among those that entitle, the higher plan,
 * then the most recent. A user normally has one; two can exist when two checkouts complete.
 */
export function entitlementOf(states: readonly SubscriptionState[]): Entitlement | undefined {
  const best = states
    .filter((state) => isEntitling(state.status))
    .sort((a, b) => PLAN_ORDER[b.plan] - PLAN_ORDER[a.plan] || b.startedAt.getTime() - a.startedAt.getTime())[0];
  return best && { stripeSubscriptionId: best.stripeSubscriptionId, plan: best.plan, currentPeriodEnd: best.currentPeriodEnd };
}

/**
 * The change between two entitlements, or undefined when the user's plan did not change.
 * A renewal (new period end) is not a change; a switch of plan or of subscription is an
 * activation, so accounts always holds the plan of the deciding subscription.
 */
export function entitlementChange(before: Entitlement | undefined, after: Entitlement | undefined, effectiveAt: Date): EntitlementChange | undefined {
  if (after) {
    const same = before?.plan === after.plan && before.stripeSubscriptionId === after.stripeSubscriptionId;
    return same ? undefined : { kind: 'activated', entitlement: after };
  }
  return before ? { kind: 'canceled', previous: before, effectiveAt } : undefined;
}

/** The billing event announcing `change`; `causationId` is the Stripe event that caused it, when there is one. */
export function entitlementEvent(
  userId: string,
  change: EntitlementChange,
  causationId: string | undefined,
): NewEvent<'billing.subscription_activated'> | NewEvent<'billing.subscription_canceled'> {
  const cause = causationId ? { causationId } : {};
  if (change.kind === 'activated') {
    const { stripeSubscriptionId, plan, currentPeriodEnd } = change.entitlement;
    return {
      type: 'billing.subscription_activated',
      // Every subscription read from Stripe has a period end; the fallback only covers rows written before.
      payload: { userId, plan, stripeSubscriptionId, currentPeriodEnd: (currentPeriodEnd ?? new Date()).toISOString() },
      ...cause,
    };
  }
  return {
    type: 'billing.subscription_canceled',
    payload: { userId, stripeSubscriptionId: change.previous.stripeSubscriptionId, effectiveAt: change.effectiveAt.toISOString() },
    ...cause,
  };
}

/**
 * The subscription shown as `User.subscription`: the one that decides the plan, otherwise
 * the most recent (canceled, unpaid…), otherwise none.
 */
export function displayedSubscription(states: readonly SubscriptionState[]): SubscriptionState | undefined {
  const entitlement = entitlementOf(states);
  if (entitlement) return states.find((state) => state.stripeSubscriptionId === entitlement.stripeSubscriptionId);
  return [...states].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime())[0];
}
