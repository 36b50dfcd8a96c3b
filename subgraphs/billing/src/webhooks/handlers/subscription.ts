import { fromSeconds, parseSubscription } from '../../domain/stripe-objects.js';
import { syncSubscription } from '../../sync/subscription-sync.js';
import type { StripeEventHandler } from './types.js';

/** `customer.subscription.created|updated|deleted`: the event carries the whole subscription, as of the event's `created`. */
export const onSubscriptionChanged: StripeEventHandler = async ({ event, stripe, logger }) => {
  const facts = parseSubscription(event.data.object);
  return async (tx) => {
    const outcome = await syncSubscription(tx, facts, fromSeconds(event.created), stripe.planOfPrice, event.id);
    if ('ignored' in outcome) logger.warn({ eventId: event.id, type: event.type, reason: outcome.ignored }, 'subscription event ignored');
  };
};
