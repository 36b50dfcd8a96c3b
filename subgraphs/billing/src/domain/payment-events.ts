import type { NewEvent } from '@phoenix/events';
import type { InvoiceFacts } from './stripe-objects.js';
import type { InvoiceOutcome } from './subscription-state.js';

export type PaymentEvent = NewEvent<'billing.payment_succeeded'> | NewEvent<'billing.payment_failed'>;

/**
 * The billing event of an invoice outcome, or undefined for a currency other than the euro
 * (Phoenix sells in EUR only; the event schema knows no other).
 */
export function paymentEvent(outcome: InvoiceOutcome, userId: string, invoice: InvoiceFacts, causationId: string): PaymentEvent | undefined {
  if (invoice.currency !== 'EUR') return undefined;
  const base = { userId, stripeInvoiceId: invoice.stripeInvoiceId, currency: 'EUR' as const };
  if (outcome === 'paid') {
    return { type: 'billing.payment_succeeded', payload: { ...base, amountCents: invoice.amountPaidCents }, causationId };
  }
  return {
    type: 'billing.payment_failed',
    payload: { ...base, amountCents: invoice.amountDueCents, attempt: Math.max(1, invoice.attemptCount) },
    causationId,
  };
}
