import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventObject, nowSeconds, subscriptionObject } from './support/fake-stripe/objects.js';
import { changed, startCheckout, subscribe, subscriptionOf } from './support/flows.js';
import { PRICES, startBilling, userPrincipal, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

async function snapshot() {
  return {
    processed: await harness.count('billing.stripe_events'),
    subscriptions: await harness.count('billing.subscriptions'),
    events: await harness.count('events.log'),
  };
}

describe('Stripe webhooks', () => {
  it('turns a completed checkout into an ACTIVE subscription and a billing.subscription_activated event', async () => {
    const user = userPrincipal();
    const session = await startCheckout(harness, user, 'PREMIUM');
    const { session: completed, subscription } = harness.stripe!.completeCheckout(session.id);

    const delivery = await harness.deliver(eventObject('checkout.session.completed', completed));

    expect(delivery).toEqual({ status: 200, body: { received: true, outcome: 'processed' } });
    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM', status: 'ACTIVE', cancelAtPeriodEnd: false });
    const activated = (await harness.events('billing.subscription_activated')).filter((event) => event.streamId === user.userId);
    expect(activated).toHaveLength(1);
    expect(activated[0]?.payload).toMatchObject({ userId: user.userId, plan: 'PREMIUM', stripeSubscriptionId: subscription.id });
  });

  it('applies the same event delivered three times once: one subscription row, one event', async () => {
    const user = userPrincipal();
    const session = await startCheckout(harness, user, 'PREMIUM_PLUS');
    const event = eventObject('checkout.session.completed', harness.stripe!.completeCheckout(session.id).session);
    const before = await snapshot();

    const outcomes = [];
    for (let i = 0; i < 3; i += 1) outcomes.push((await harness.deliver(event)).body.outcome);

    expect(outcomes).toEqual(['processed', 'duplicate', 'duplicate']);
    expect(await snapshot()).toEqual({ processed: before.processed + 1, subscriptions: before.subscriptions + 1, events: before.events + 1 });
  });

  it('applies concurrent deliveries of one event once', async () => {
    const user = userPrincipal();
    const subscription = subscriptionObject({ customer: 'cus_concurrent1', price: PRICES.PREMIUM, metadata: { userId: user.userId } });
    const event = eventObject('customer.subscription.created', subscription);
    const before = await snapshot();

    const deliveries = await Promise.all([harness.deliver(event), harness.deliver(event), harness.deliver(event)]);

    expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(deliveries.filter((d) => d.body.outcome === 'processed')).toHaveLength(1);
    expect(await snapshot()).toEqual({ processed: before.processed + 1, subscriptions: before.subscriptions + 1, events: before.events + 1 });
  });

  it('ends ACTIVE when `updated` (active) arrives before `created` (incomplete)', async () => {
    const user = userPrincipal();
    const created = subscriptionObject({ customer: 'cus_outoforder1', price: PRICES.PREMIUM, status: 'incomplete', metadata: { userId: user.userId } });
    const t = nowSeconds();

    await harness.deliver(eventObject('customer.subscription.updated', changed(created, { status: 'active' }), { created: t + 1 }));
    await harness.deliver(eventObject('customer.subscription.created', created, { created: t }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM', status: 'ACTIVE' });
    expect((await harness.events()).filter((event) => event.streamId === user.userId).map((event) => event.type)).toEqual([
      'billing.subscription_activated',
    ]);
  });

  it('ends ACTIVE when both events carry the same second and arrive in reverse order', async () => {
    const user = userPrincipal();
    const created = subscriptionObject({ customer: 'cus_samesecond1', price: PRICES.PREMIUM, status: 'incomplete', metadata: { userId: user.userId } });
    const t = nowSeconds();

    await harness.deliver(eventObject('customer.subscription.updated', changed(created, { status: 'active' }), { created: t }));
    await harness.deliver(eventObject('customer.subscription.created', created, { created: t }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'ACTIVE' });
  });

  it('refuses a tampered body with 400 and changes nothing', async () => {
    const user = userPrincipal();
    const subscription = subscriptionObject({ customer: 'cus_tampered1', price: PRICES.PREMIUM, metadata: { userId: user.userId } });
    const before = await snapshot();

    const delivery = await harness.deliver(eventObject('customer.subscription.created', subscription), {
      tamper: (payload) => payload.replace(PRICES.PREMIUM, PRICES.PREMIUM_PLUS),
    });

    expect(delivery.status).toBe(400);
    expect(delivery.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a signature older than the tolerance, or made with another secret, with 400 and changes nothing', async () => {
    const user = userPrincipal();
    const event = eventObject('customer.subscription.created', subscriptionObject({ customer: 'cus_stale1', price: PRICES.PREMIUM, metadata: { userId: user.userId } }));
    const before = await snapshot();

    const stale = await harness.deliver(event, { timestamp: nowSeconds() - 301 });
    const foreign = await harness.deliver(event, { secret: 'whsec_someoneElse' });

    expect([stale.status, foreign.status]).toEqual([400, 400]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a request without a signature or with another content type with 400', async () => {
    const url = harness.billing.url.replace(/\/graphql$/, '/webhooks/stripe');
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const form = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain', 'stripe-signature': 't=1,v1=00' }, body: '{}' });
    expect([unsigned.status, form.status]).toEqual([400, 400]);
  });

  it('acknowledges an event type billing does not handle, and ignores it', async () => {
    const before = await snapshot();
    const delivery = await harness.deliver(eventObject('customer.created', { id: 'cus_ignored1', object: 'customer' }));
    expect(delivery).toEqual({ status: 200, body: { received: true, outcome: 'ignored' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a signed event whose object lacks what billing needs with 400 and changes nothing', async () => {
    const before = await snapshot();
    const broken = { id: 'sub_broken1', object: 'subscription', status: 'active' };
    const delivery = await harness.deliver(eventObject('customer.subscription.updated', broken));
    expect(delivery.status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('ignores a subscription of a customer billing does not know', async () => {
    const before = await snapshot();
    const stranger = subscriptionObject({ customer: 'cus_stranger1', price: PRICES.PREMIUM });
    const delivery = await harness.deliver(eventObject('customer.subscription.created', stranger));
    expect(delivery.status).toBe(200);
    expect((await snapshot()).subscriptions).toBe(before.subscriptions);
  });

  it('logs event ids and types but neither the payload nor the user', async () => {
    const user = userPrincipal();
    await subscribe(harness, user, 'PREMIUM');
    const webhookLines = harness.logs.filter((line) => line.includes('stripe webhook'));
    expect(webhookLines.length).toBeGreaterThan(0);
    expect(harness.logs.join('\n')).not.toContain(user.userId);
  });
});
