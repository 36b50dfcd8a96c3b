import { describe, expect, it } from '@jest/globals';
import {
  fetchedAt,
  parseCheckoutSession,
  parseInvoice,
  parseSubscription,
  planOfSubscription,
  StripePayloadError,
} from '../../src/domain/stripe-objects.js';
import { USER } from './fixtures.js';

const PERIOD_END = 1_797_600_000;

function subscription(changes: Record<string, unknown> = {}) {
  return {
    id: 'sub_1QxYzAbC',
    object: 'subscription',
    status: 'active',
    customer: 'cus_9AbCdE',
    created: 1_795_000_000,
    cancel_at_period_end: false,
    cancel_at: null,
    ended_at: null,
    metadata: { userId: USER, plan: 'PREMIUM' },
    items: { object: 'list', data: [{ id: 'si_1', price: { id: 'price_premiumMonthly' }, current_period_end: PERIOD_END }] },
    ...changes,
  };
}

describe('parseSubscription', () => {
  it('reads the period end from the item, as API 2025-03-31 and later send it', () => {
    expect(parseSubscription(subscription())).toMatchObject({
      stripeSubscriptionId: 'sub_1QxYzAbC',
      stripeCustomerId: 'cus_9AbCdE',
      status: 'ACTIVE',
      userId: USER,
      priceIds: ['price_premiumMonthly'],
      currentPeriodEnd: new Date(PERIOD_END * 1000),
      startedAt: new Date(1_795_000_000 * 1000),
    });
  });

  it('reads the period end from the subscription for endpoints pinned to an older API version', () => {
    const legacy = subscription({ current_period_end: PERIOD_END, items: { data: [{ price: { id: 'price_premiumMonthly' } }] } });
    expect(parseSubscription(legacy).currentPeriodEnd).toEqual(new Date(PERIOD_END * 1000));
  });

  it('accepts an expanded customer', () => {
    expect(parseSubscription(subscription({ customer: { id: 'cus_9AbCdE', object: 'customer' } })).stripeCustomerId).toBe('cus_9AbCdE');
  });

  it('reads a scheduled cancellation from cancel_at_period_end or cancel_at', () => {
    expect(parseSubscription(subscription({ cancel_at_period_end: true })).cancelAtPeriodEnd).toBe(true);
    expect(parseSubscription(subscription({ cancel_at: PERIOD_END })).cancelAtPeriodEnd).toBe(true);
    expect(parseSubscription(subscription({ status: 'canceled', cancel_at: PERIOD_END, ended_at: PERIOD_END })).cancelAtPeriodEnd).toBe(false);
  });

  it('ignores a metadata user id that is not a user id', () => {
    expect(parseSubscription(subscription({ metadata: { userId: 'robert@example.fr' } })).userId).toBeUndefined();
  });

  it('refuses an object without items, naming the path but never the values', () => {
    const attempt = () => parseSubscription(subscription({ items: { data: [] }, metadata: { userId: 'robert@example.fr' } }));
    expect(attempt).toThrow(StripePayloadError);
    expect(attempt).toThrow(/items\.data/);
    expect(attempt).not.toThrow(/robert/);
  });

  it('refuses a status Stripe does not document', () => {
    expect(() => parseSubscription(subscription({ status: 'hibernating' }))).toThrow(StripePayloadError);
  });
});

describe('planOfSubscription', () => {
  const planOfPrice = (price: string) => (price === 'price_premiumPlusMonthly' ? 'PREMIUM_PLUS' : undefined);

  it('takes the plan from a configured price first', () => {
    const facts = parseSubscription(subscription({ items: { data: [{ price: { id: 'price_premiumPlusMonthly' }, current_period_end: PERIOD_END }] } }));
    expect(planOfSubscription(facts, planOfPrice)).toBe('PREMIUM_PLUS');
  });

  it('falls back to the plan our checkout recorded, and to nothing for a stranger', () => {
    expect(planOfSubscription(parseSubscription(subscription()), planOfPrice)).toBe('PREMIUM');
    expect(planOfSubscription(parseSubscription(subscription({ metadata: {} })), planOfPrice)).toBeUndefined();
  });
});

describe('parseInvoice', () => {
  const invoice = {
    id: 'in_1RsTuV',
    object: 'invoice',
    customer: 'cus_9AbCdE',
    currency: 'eur',
    amount_paid: 0,
    amount_due: 1599,
    attempt_count: 3,
    parent: { type: 'subscription_details', subscription_details: { subscription: 'sub_1QxYzAbC', metadata: { userId: USER } } },
  };

  it('reads the subscription and user from the invoice parent', () => {
    expect(parseInvoice(invoice)).toEqual({
      stripeInvoiceId: 'in_1RsTuV',
      stripeCustomerId: 'cus_9AbCdE',
      stripeSubscriptionId: 'sub_1QxYzAbC',
      userId: USER,
      amountPaidCents: 0,
      amountDueCents: 1599,
      currency: 'EUR',
      attemptCount: 3,
    });
  });

  it('reads the top-level subscription of older API versions', () => {
    expect(parseInvoice({ ...invoice, parent: null, subscription: 'sub_1QxYzAbC' }).stripeSubscriptionId).toBe('sub_1QxYzAbC');
  });
});

describe('parseCheckoutSession', () => {
  it('reads the user from client_reference_id', () => {
    const session = { id: 'cs_test_a1B2c3', object: 'checkout.session', mode: 'subscription', customer: 'cus_9AbCdE', subscription: 'sub_1QxYzAbC', client_reference_id: USER, metadata: {} };
    expect(parseCheckoutSession(session)).toEqual({
      checkoutSessionId: 'cs_test_a1B2c3',
      mode: 'subscription',
      stripeCustomerId: 'cus_9AbCdE',
      stripeSubscriptionId: 'sub_1QxYzAbC',
      userId: USER,
    });
  });
});

describe('fetchedAt', () => {
  it("rounds down to Stripe's whole seconds and never goes before the triggering event", () => {
    expect(fetchedAt(new Date('2026-11-24T10:00:00.900Z'))).toEqual(new Date('2026-11-24T10:00:00.000Z'));
    expect(fetchedAt(new Date('2026-11-24T10:00:00.900Z'), new Date('2026-11-24T10:00:05.000Z'))).toEqual(new Date('2026-11-24T10:00:05.000Z'));
  });
});
