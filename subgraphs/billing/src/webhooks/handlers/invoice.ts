import { publish } from '@phoenix/events';
import { paymentEvent } from '../../domain/payment-events.js';
import { fromSeconds, parseInvoice } from '../../domain/stripe-objects.js';
import type { InvoiceOutcome } from '../../domain/subscription-state.js';
import { userOfCustomer } from '../../store/customers.js';
import { isErasedCustomer } from '../../store/erased-customers.js';
import { recordInvoiceOutcome, userOfSubscription } from '../../store/subscriptions.js';
import type { StripeEventHandler } from './types.js';

/**
 * `invoice.paid` / `invoice.payment_failed`: moves the subscription's status as Stripe does
 * (a failed renewal → PAST_DUE, paid → ACTIVE) and announces the payment.
 */
export function onInvoice(outcome: InvoiceOutcome): StripeEventHandler {
  return async ({ event, logger }) => {
    const invoice = parseInvoice(event.data.object);
    const subscriptionId = invoice.stripeSubscriptionId;
    return async (tx) => {
      if (invoice.stripeCustomerId && (await isErasedCustomer(tx, invoice.stripeCustomerId))) {
        logger.warn({ eventId: event.id, type: event.type, reason: 'erased customer' }, 'invoice event not announced');
        return;
      }
      if (subscriptionId) await recordInvoiceOutcome(tx, subscriptionId, outcome, fromSeconds(event.created), event.id);
      const userId =
        invoice.userId ??
        (subscriptionId && (await userOfSubscription(tx, subscriptionId))) ??
        (invoice.stripeCustomerId && (await userOfCustomer(tx, invoice.stripeCustomerId)));
      const payment = userId ? paymentEvent(outcome, userId, invoice, event.id) : undefined;
      if (!payment) {
        logger.warn({ eventId: event.id, type: event.type, reason: userId ? 'currency' : 'unknown user' }, 'invoice event not announced');
        return;
      }
      await publish(tx, payment);
    };
  };
}
