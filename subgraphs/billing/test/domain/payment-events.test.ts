import { describe, expect, it } from '@jest/globals';
import { paymentEvent } from '../../src/domain/payment-events.js';
import type { InvoiceFacts } from '../../src/domain/stripe-objects.js';
import { USER } from './fixtures.js';

const invoice: InvoiceFacts = {
  stripeInvoiceId: 'in_1RsTuV',
  stripeCustomerId: 'cus_9AbCdE',
  stripeSubscriptionId: 'sub_1QxYzAbC',
  userId: USER,
  amountPaidCents: 0,
  amountDueCents: 1599,
  currency: 'EUR',
  attemptCount: 0,
};

describe('paymentEvent', () => {
  it('announces a failed payment with the amount due and at least the first attempt', () => {
    expect(paymentEvent('payment_failed', USER, invoice, 'evt_1')).toEqual({
      type: 'billing.payment_failed',
      payload: { userId: USER, stripeInvoiceId: 'in_1RsTuV', amountCents: 1599, currency: 'EUR', attempt: 1 },
      causationId: 'evt_1',
    });
  });

  it('announces a paid invoice with the amount paid', () => {
    expect(paymentEvent('paid', USER, { ...invoice, amountPaidCents: 1599 }, 'evt_2')?.payload).toEqual({
      userId: USER,
      stripeInvoiceId: 'in_1RsTuV',
      amountCents: 1599,
      currency: 'EUR',
    });
  });

  it('announces nothing for a currency other than the euro', () => {
    expect(paymentEvent('paid', USER, { ...invoice, currency: 'USD' }, 'evt_3')).toBeUndefined();
  });
});
