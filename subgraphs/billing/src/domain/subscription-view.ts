import type { Tier } from '@phoenix/context-token';
import type { SubscriptionState } from './subscription-state.js';
import type { SubscriptionStatus } from './subscription-status.js';

export interface SubscriptionView {
  plan: Tier;
  status: SubscriptionStatus | 'NONE';
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
}

/** What a user's subscription looks like to clients: FREE with status NONE until a payment exists. */
export function toSubscriptionView(state: SubscriptionState | undefined): SubscriptionView {
  if (!state) return { plan: 'FREE', status: 'NONE', currentPeriodEnd: null, cancelAtPeriodEnd: false };
  return {
    plan: state.plan,
    status: state.status,
    currentPeriodEnd: state.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: state.cancelAtPeriodEnd,
  };
}
