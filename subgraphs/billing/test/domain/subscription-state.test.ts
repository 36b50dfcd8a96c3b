import { describe, expect, it } from '@jest/globals';
import { applyInvoiceOutcome, mergeObservation, sameVisibleState } from '../../src/domain/subscription-state.js';
import { fromStripeStatus } from '../../src/domain/subscription-status.js';
import { state } from './fixtures.js';

describe('mergeObservation', () => {
  it('keeps the first observation of a subscription', () => {
    expect(mergeObservation(undefined, state(0, { status: 'INCOMPLETE' }))?.status).toBe('INCOMPLETE');
  });

  it('lets a newer observation replace the stored one', () => {
    expect(mergeObservation(state(0, { status: 'INCOMPLETE' }), state(1))?.status).toBe('ACTIVE');
  });

  it('ignores an observation older than the stored one', () => {
    expect(mergeObservation(state(5), state(4, { status: 'INCOMPLETE' }))).toBeUndefined();
  });

  it('within the same second, keeps the status further along the lifecycle', () => {
    expect(mergeObservation(state(3), state(3, { status: 'INCOMPLETE' }))).toBeUndefined();
    expect(mergeObservation(state(3, { status: 'INCOMPLETE' }), state(3))?.status).toBe('ACTIVE');
    expect(mergeObservation(state(3), state(3, { status: 'PAST_DUE' }))?.status).toBe('PAST_DUE');
    expect(mergeObservation(state(3, { status: 'PAST_DUE' }), state(3))).toBeUndefined();
  });

  it('within the same second, applies a change that keeps the status (cancel at period end)', () => {
    expect(mergeObservation(state(3), state(3, { cancelAtPeriodEnd: true }))?.cancelAtPeriodEnd).toBe(true);
  });

  it('never moves a canceled subscription, whatever the observation time', () => {
    expect(mergeObservation(state(3, { status: 'CANCELED' }), state(9))).toBeUndefined();
  });

  it('keeps a newer observation of the same state for its time, and calls it invisible', () => {
    const merged = mergeObservation(state(1), state(7));
    expect(merged?.observedAt).toEqual(state(7).observedAt);
    expect(sameVisibleState(state(1), merged!)).toBe(true);
  });

  it('never changes the user a subscription belongs to', () => {
    expect(mergeObservation(state(0), state(1, { userId: 'someone-else' }))?.userId).toBe(state(0).userId);
  });
});

describe('applyInvoiceOutcome', () => {
  it('moves ACTIVE and TRIALING to PAST_DUE when a payment fails', () => {
    expect(applyInvoiceOutcome(state(0), 'payment_failed', state(1).observedAt)?.status).toBe('PAST_DUE');
    expect(applyInvoiceOutcome(state(0, { status: 'TRIALING' }), 'payment_failed', state(1).observedAt)?.status).toBe('PAST_DUE');
  });

  it('leaves an INCOMPLETE subscription INCOMPLETE when its first payment fails', () => {
    expect(applyInvoiceOutcome(state(0, { status: 'INCOMPLETE' }), 'payment_failed', state(1).observedAt)).toBeUndefined();
  });

  it('returns PAST_DUE, UNPAID and INCOMPLETE to ACTIVE when the invoice is paid', () => {
    for (const status of ['PAST_DUE', 'UNPAID', 'INCOMPLETE'] as const) {
      expect(applyInvoiceOutcome(state(0, { status }), 'paid', state(1).observedAt)?.status).toBe('ACTIVE');
    }
  });

  it('ignores an invoice event older than the stored observation', () => {
    expect(applyInvoiceOutcome(state(5), 'payment_failed', state(4).observedAt)).toBeUndefined();
  });

  it('never touches a CANCELED subscription', () => {
    expect(applyInvoiceOutcome(state(0, { status: 'CANCELED' }), 'paid', state(1).observedAt)).toBeUndefined();
  });
});

describe('fromStripeStatus', () => {
  it("maps Stripe's statuses, incomplete_expired being terminal", () => {
    expect(['incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'].map(fromStripeStatus)).toEqual([
      'INCOMPLETE',
      'CANCELED',
      'TRIALING',
      'ACTIVE',
      'PAST_DUE',
      'CANCELED',
      'UNPAID',
      'PAUSED',
    ]);
  });

  it('returns nothing for a status Stripe may add later', () => {
    expect(fromStripeStatus('hibernating')).toBeUndefined();
  });
});
