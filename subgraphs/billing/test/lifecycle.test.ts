import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventObject, invoiceObject, nowSeconds } from './support/fake-stripe/objects.js';
import { changed, subscribe, subscriptionOf } from './support/flows.js';
import { startBilling, userPrincipal, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

async function eventsOf(userId: string) {
  return (await harness.events()).filter((event) => event.streamId === userId);
}

describe('subscription lifecycle as Stripe documents it', () => {
  it('keeps a subscription canceled at period end ACTIVE with cancelAtPeriodEnd, and announces nothing', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const before = await eventsOf(user.userId);

    const cancelAtPeriodEnd = changed(subscription, { cancel_at_period_end: true, canceled_at: nowSeconds() });
    const delivery = await harness.deliver(eventObject('customer.subscription.updated', cancelAtPeriodEnd, { created: nowSeconds() + 1 }));

    expect(delivery.status).toBe(200);
    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM', status: 'ACTIVE', cancelAtPeriodEnd: true });
    expect(await eventsOf(user.userId)).toEqual(before);
  });

  it('treats a cancellation scheduled with cancel_at (newer API versions, the portal) as cancelAtPeriodEnd', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const periodEnd = (subscription.items as { data: { current_period_end: number }[] }).data[0]!.current_period_end;

    await harness.deliver(eventObject('customer.subscription.updated', changed(subscription, { cancel_at: periodEnd }), { created: nowSeconds() + 1 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'ACTIVE', cancelAtPeriodEnd: true });
  });

  it('moves an ended subscription to CANCELED and publishes billing.subscription_canceled at its end', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM_PLUS');
    const endedAt = nowSeconds() + 1;

    const ended = changed(subscription, { status: 'canceled', ended_at: endedAt, canceled_at: endedAt });
    await harness.deliver(eventObject('customer.subscription.deleted', ended, { created: endedAt }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM_PLUS', status: 'CANCELED', cancelAtPeriodEnd: false });
    const canceled = (await eventsOf(user.userId)).filter((event) => event.type === 'billing.subscription_canceled');
    expect(canceled.map((event) => event.payload)).toEqual([
      { userId: user.userId, stripeSubscriptionId: subscription.id, effectiveAt: new Date(endedAt * 1000).toISOString() },
    ]);
  });

  it('keeps a canceled subscription CANCELED whatever update arrives after it', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const t = nowSeconds() + 2;
    await harness.deliver(eventObject('customer.subscription.deleted', changed(subscription, { status: 'canceled', ended_at: t }), { created: t }));

    await harness.deliver(eventObject('customer.subscription.updated', changed(subscription, { status: 'active' }), { created: t + 5 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'CANCELED' });
  });

  it('moves a running subscription to PAST_DUE on invoice.payment_failed, keeps the plan, and publishes billing.payment_failed', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const invoice = invoiceObject({ subscription, amountCents: 999, paid: false, attemptCount: 2 });

    await harness.deliver(eventObject('invoice.payment_failed', invoice, { created: nowSeconds() + 1 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM', status: 'PAST_DUE' });
    const events = await eventsOf(user.userId);
    expect(events.map((event) => event.type)).toEqual(['billing.checkout_started', 'billing.subscription_activated', 'billing.payment_failed']);
    expect(events[2]?.payload).toEqual({ userId: user.userId, stripeInvoiceId: invoice.id, amountCents: 999, currency: 'EUR', attempt: 2 });
  });

  it('returns a PAST_DUE subscription to ACTIVE on invoice.paid and publishes billing.payment_succeeded', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const t = nowSeconds();
    await harness.deliver(eventObject('invoice.payment_failed', invoiceObject({ subscription, amountCents: 999, paid: false }), { created: t + 1 }));

    const invoice = invoiceObject({ subscription, amountCents: 999, paid: true, attemptCount: 2 });
    await harness.deliver(eventObject('invoice.paid', invoice, { created: t + 2 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'ACTIVE' });
    const succeeded = (await eventsOf(user.userId)).filter((event) => event.type === 'billing.payment_succeeded');
    expect(succeeded.map((event) => event.payload)).toEqual([{ userId: user.userId, stripeInvoiceId: invoice.id, amountCents: 999, currency: 'EUR' }]);
  });

  it('leaves a new subscription INCOMPLETE when its first invoice fails', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const t = nowSeconds() + 1;
    await harness.deliver(eventObject('customer.subscription.updated', changed(subscription, { status: 'incomplete' }), { created: t }));

    const invoice = invoiceObject({ subscription, amountCents: 999, paid: false, billingReason: 'subscription_create' });
    await harness.deliver(eventObject('invoice.payment_failed', invoice, { created: t + 1 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ status: 'INCOMPLETE' });
  });

  it('announces a plan change made in the portal as an activation of the new plan', async () => {
    const user = userPrincipal();
    const subscription = await subscribe(harness, user, 'PREMIUM');
    const items = structuredClone(subscription.items) as { data: { price: { id: string } }[] };
    items.data[0]!.price.id = 'price_premiumPlusMonthly';

    await harness.deliver(eventObject('customer.subscription.updated', changed(subscription, { items }), { created: nowSeconds() + 1 }));

    expect(await subscriptionOf(harness, user)).toMatchObject({ plan: 'PREMIUM_PLUS', status: 'ACTIVE' });
    const activations = (await eventsOf(user.userId)).filter((event) => event.type === 'billing.subscription_activated');
    expect(activations.map((event) => event.payload.plan)).toEqual(['PREMIUM', 'PREMIUM_PLUS']);
  });
});
