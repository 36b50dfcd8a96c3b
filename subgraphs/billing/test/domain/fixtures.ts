import type { SubscriptionState } from '../../src/domain/subscription-state.js';

export const USER = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

/** A state at second `t` (seconds since an arbitrary origin). */
export function state(t: number, changes: Partial<SubscriptionState> = {}): SubscriptionState {
  return {
    stripeSubscriptionId: 'sub_1QxYz',
    userId: USER,
    plan: 'PREMIUM',
    status: 'ACTIVE',
    currentPeriodEnd: new Date('2026-12-24T10:00:00Z'),
    cancelAtPeriodEnd: false,
    stripeCustomerId: 'cus_9AbC',
    startedAt: new Date('2026-11-24T10:00:00Z'),
    endedAt: null,
    observedAt: new Date(1_795_000_000_000 + t * 1000),
    ...changes,
  };
}
