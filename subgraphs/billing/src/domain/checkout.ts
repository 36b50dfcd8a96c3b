import type { Tier } from '@phoenix/context-token';
import type { SubscriptionState } from './subscription-state.js';
import { isEntitling, isPaidTier, type PaidTier } from './subscription-status.js';

export type CheckoutDecision = { ok: true; plan: PaidTier } | { ok: false; message: string };

/**
 * Whether a user may open a checkout for `requested`. FREE needs no payment; the user's own
 * tier is already theirs; and while a paid subscription runs, a second checkout would bill
 * the user twice — Stripe changes plans through the billing portal instead.
 */
export function decideCheckout(requested: Tier, currentTier: Tier, subscriptions: readonly SubscriptionState[]): CheckoutDecision {
  if (!isPaidTier(requested)) return { ok: false, message: 'The FREE plan needs no checkout.' };
  if (requested === currentTier) return { ok: false, message: `You are already on the ${requested} plan.` };
  const running = subscriptions.find((state) => isEntitling(state.status));
  if (running?.plan === requested) return { ok: false, message: `You are already on the ${requested} plan.` };
  if (running) return { ok: false, message: 'You already have a paid subscription: change plans in the billing portal.' };
  return { ok: true, plan: requested };
}
