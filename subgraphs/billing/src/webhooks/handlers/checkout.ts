import { fetchedAt, fromSeconds, parseCheckoutSession, parseSubscription } from '../../domain/stripe-objects.js';
import { linkCustomer } from '../../store/customers.js';
import { lockUser } from '../../store/subscriptions.js';
import { syncSubscription } from '../../sync/subscription-sync.js';
import type { StripeEventHandler } from './types.js';

/**
 * `checkout.session.completed`: the session names the subscription but does not carry it,
 * so the subscription is fetched; what Stripe answers is its state now.
 */
export const onCheckoutCompleted: StripeEventHandler = async ({ event, stripe, logger, now }) => {
  const session = parseCheckoutSession(event.data.object);
  const subscriptionId = session.stripeSubscriptionId;
  if (session.mode !== 'subscription' || !subscriptionId) return async () => undefined;
  const facts = parseSubscription(await stripe.client.subscriptions.retrieve(subscriptionId));
  const observedAt = fetchedAt(now(), fromSeconds(event.created));
  return async (tx) => {
    if (session.userId && session.stripeCustomerId) {
      await lockUser(tx, session.userId);
      await linkCustomer(tx, session.userId, session.stripeCustomerId);
    }
    const outcome = await syncSubscription(tx, { ...facts, userId: facts.userId ?? session.userId }, observedAt, stripe.planOfPrice, event.id);
    if ('ignored' in outcome) logger.warn({ eventId: event.id, type: event.type, reason: outcome.ignored }, 'checkout completion ignored');
  };
};
