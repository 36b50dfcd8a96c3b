import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@phoenix/logger';
import { parseConfig } from '@phoenix/config';
import { billingEnv, stripeSettings } from '../src/config.js';
import { reconcileSubscriptions } from '../src/reconcile/reconcile.js';
import { createStripeAccess } from '../src/stripe/access.js';
import { eventObject } from './support/fake-stripe/objects.js';
import { changed, startCheckout, subscribe, subscriptionOf } from './support/flows.js';
import { PRICES, startBilling, userPrincipal, WEBHOOK_SECRET, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

function reconcile() {
  const config = parseConfig('billing', billingEnv, {
    STRIPE_SECRET_KEY: harness.stripe!.secretKey,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_PRICE_PREMIUM: PRICES.PREMIUM,
    STRIPE_PRICE_PREMIUM_PLUS: PRICES.PREMIUM_PLUS,
    STRIPE_API_URL: harness.stripe!.url,
  });
  return reconcileSubscriptions({ db: harness.database.db, stripe: createStripeAccess(stripeSettings(config)!), logger: createLogger('test', 'silent') });
}

describe('reconciliation with Stripe', () => {
  it('repairs a missed activation and publishes the event the webhook would have', async () => {
    const user = userPrincipal();
    const session = await startCheckout(harness, user, 'PREMIUM');
    const { subscription } = harness.stripe!.completeCheckout(session.id);
    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'NONE' });

    const report = await reconcile();

    expect(report).toMatchObject({ repaired: 1, announced: 1 });
    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM', status: 'ACTIVE' });
    const activated = (await harness.events('billing.subscription_activated')).filter((event) => event.streamId === user.userId);
    expect(activated.map((event) => event.payload.stripeSubscriptionId)).toEqual([subscription.id]);
  });

  it('repairs a missed cancellation', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    Object.assign(harness.stripe!.subscriptions.get(subscription.id)!, { status: 'canceled', ended_at: Math.floor(Date.now() / 1000) });

    await reconcile();

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'CANCELED' });
    const canceled = (await harness.events('billing.subscription_canceled')).filter((event) => event.streamId === user.userId);
    expect(canceled).toHaveLength(1);
  });

  it('finds nothing to repair on a second run, and publishes nothing', async () => {
    await reconcile();
    const events = await harness.count('events.log');

    const report = await reconcile();

    expect(report).toMatchObject({ repaired: 0, announced: 0 });
    expect(await harness.count('events.log')).toBe(events);
  });

  it('pages through every subscription', async () => {
    for (let i = 0; i < 105; i += 1) harness.stripe!.addSubscription({ customer: `cus_page${i}`, price: PRICES.PREMIUM });
    const report = await reconcile();
    expect(report.examined).toBe(harness.stripe!.subscriptions.size);
  });

  it('leaves a state newer than what Stripe lists untouched by later old webhooks', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    await reconcile();
    const old = eventObject('customer.subscription.updated', changed(subscription, { status: 'past_due' }), { created: Math.floor(Date.now() / 1000) - 60 });

    await harness.deliver(old);

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'ACTIVE' });
  });
});
