import { describe, expect, it } from '@jest/globals';
import { displayedSubscription, entitlementChange, entitlementEvent, entitlementOf } from '../../src/domain/entitlement.js';
import { state, USER } from './fixtures.js';

const premium = { stripeSubscriptionId: 'sub_A1', plan: 'PREMIUM' as const, currentPeriodEnd: new Date('2026-12-24T10:00:00Z') };
const when = new Date('2026-12-01T08:00:00Z');

describe('entitlementOf', () => {
  it('is nothing without a subscription that entitles', () => {
    expect(entitlementOf([])).toBeUndefined();
    expect(entitlementOf([state(0, { status: 'INCOMPLETE' }), state(0, { status: 'CANCELED' }), state(0, { status: 'UNPAID' })])).toBeUndefined();
  });

  it('keeps the plan while Stripe retries a PAST_DUE payment', () => {
    expect(entitlementOf([state(0, { status: 'PAST_DUE' })])?.plan).toBe('PREMIUM');
  });

  it('prefers the higher plan, then the most recent subscription', () => {
    const older = state(0, { stripeSubscriptionId: 'sub_Old', startedAt: new Date('2026-01-01T00:00:00Z') });
    const newer = state(0, { stripeSubscriptionId: 'sub_New', startedAt: new Date('2026-06-01T00:00:00Z') });
    const plus = state(0, { stripeSubscriptionId: 'sub_Plus', plan: 'PREMIUM_PLUS', startedAt: new Date('2025-01-01T00:00:00Z') });
    expect(entitlementOf([older, newer])?.stripeSubscriptionId).toBe('sub_New');
    expect(entitlementOf([older, plus, newer])?.stripeSubscriptionId).toBe('sub_Plus');
  });
});

describe('entitlementChange', () => {
  it('announces an activation when a plan appears', () => {
    expect(entitlementChange(undefined, premium, when)).toEqual({ kind: 'activated', entitlement: premium });
  });

  it('announces nothing for a renewal of the same subscription', () => {
    expect(entitlementChange(premium, { ...premium, currentPeriodEnd: new Date('2027-01-24T10:00:00Z') }, when)).toBeUndefined();
  });

  it('announces an activation of the new plan when the plan changes', () => {
    expect(entitlementChange(premium, { ...premium, plan: 'PREMIUM_PLUS' }, when)?.kind).toBe('activated');
  });

  it('announces a cancellation, effective when the subscription ended, when the plan goes away', () => {
    expect(entitlementChange(premium, undefined, when)).toEqual({ kind: 'canceled', previous: premium, effectiveAt: when });
  });

  it('announces nothing when there was and is no plan', () => {
    expect(entitlementChange(undefined, undefined, when)).toBeUndefined();
  });
});

describe('entitlementEvent', () => {
  it('builds billing.subscription_activated with the period end and the Stripe event as cause', () => {
    expect(entitlementEvent(USER, { kind: 'activated', entitlement: premium }, 'evt_1Abc')).toEqual({
      type: 'billing.subscription_activated',
      payload: { userId: USER, plan: 'PREMIUM', stripeSubscriptionId: 'sub_A1', currentPeriodEnd: '2026-12-24T10:00:00.000Z' },
      causationId: 'evt_1Abc',
    });
  });

  it('builds billing.subscription_canceled without a cause when reconciliation found it', () => {
    expect(entitlementEvent(USER, { kind: 'canceled', previous: premium, effectiveAt: when }, undefined)).toEqual({
      type: 'billing.subscription_canceled',
      payload: { userId: USER, stripeSubscriptionId: 'sub_A1', effectiveAt: '2026-12-01T08:00:00.000Z' },
    });
  });
});

describe('displayedSubscription', () => {
  it('shows the deciding subscription, else the most recent one', () => {
    const canceled = state(0, { stripeSubscriptionId: 'sub_Gone', status: 'CANCELED', startedAt: new Date('2026-10-01T00:00:00Z') });
    const active = state(0, { stripeSubscriptionId: 'sub_Live', startedAt: new Date('2026-01-01T00:00:00Z') });
    expect(displayedSubscription([canceled, active])?.stripeSubscriptionId).toBe('sub_Live');
    expect(displayedSubscription([canceled])?.stripeSubscriptionId).toBe('sub_Gone');
    expect(displayedSubscription([])).toBeUndefined();
  });
});
