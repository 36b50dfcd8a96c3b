import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CANCEL_URL, PORTAL_RETURN_URL, PRICES, startBilling, SUCCESS_URL, userPrincipal, type BillingHarness } from './support/harness.js';
import { OPEN_PORTAL, START_CHECKOUT, startCheckout, subscribe } from './support/flows.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

function customersOf(userId: string) {
  return [...harness.stripe!.customers.values()].filter((customer) => (customer.metadata as Record<string, string>).userId === userId);
}

describe('startCheckout', () => {
  it('opens a subscription-mode Checkout Session with the configured price and URLs, for the caller', async () => {
    const user = userPrincipal();
    const session = await startCheckout(harness, user, 'PREMIUM_PLUS');

    const request = harness.stripe!.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1);
    expect(request?.params).toMatchObject({
      mode: 'subscription',
      client_reference_id: user.userId,
      line_items: [{ price: PRICES.PREMIUM_PLUS, quantity: '1' }],
      success_url: SUCCESS_URL,
      cancel_url: CANCEL_URL,
      subscription_data: { metadata: { userId: user.userId, plan: 'PREMIUM_PLUS' } },
    });
    expect(session.customer).toBe(customersOf(user.userId)[0]?.id);
  });

  it('publishes billing.checkout_started with the session id', async () => {
    const user = userPrincipal();
    const session = await startCheckout(harness, user, 'PREMIUM');
    const started = (await harness.events('billing.checkout_started')).filter((event) => event.streamId === user.userId);
    expect(started.map((event) => event.payload)).toEqual([{ userId: user.userId, plan: 'PREMIUM', checkoutSessionId: session.id }]);
  });

  it('creates the Stripe customer once, with an idempotency key, even for two checkouts at once', async () => {
    const user = userPrincipal();
    await Promise.all([startCheckout(harness, user, 'PREMIUM'), startCheckout(harness, user, 'PREMIUM')]);
    await startCheckout(harness, user, 'PREMIUM_PLUS');

    expect(customersOf(user.userId)).toHaveLength(1);
    const creations = harness.stripe!.requests.filter((r) => r.path === '/v1/customers' && (r.params.metadata as Record<string, string>).userId === user.userId);
    expect(new Set(creations.map((r) => r.idempotencyKey))).toEqual(new Set([`phoenix-customer-${user.userId}`]));
  });

  it('refuses FREE and the plan the caller already has with BAD_USER_INPUT, calling no one', async () => {
    const before = { requests: harness.stripe!.requests.length, events: await harness.count('events.log') };
    const free = await harness.billing.execute(START_CHECKOUT, { plan: 'FREE' }, userPrincipal('FREE'));
    const same = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM' }, userPrincipal('PREMIUM'));

    expect([free.errors?.[0]?.extensions, same.errors?.[0]?.extensions]).toEqual([
      { code: 'BAD_USER_INPUT', field: 'plan' },
      { code: 'BAD_USER_INPUT', field: 'plan' },
    ]);
    expect({ requests: harness.stripe!.requests.length, events: await harness.count('events.log') }).toEqual(before);
  });

  it('refuses a second checkout while a paid subscription runs, pointing to the billing portal', async () => {
    const user = userPrincipal();
    await subscribe(harness, user, 'PREMIUM');
    const again = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM_PLUS' }, { ...user, tier: 'FREE' });
    expect(again.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/billing portal/);
  });

  it('refuses anonymous callers and partner keys', async () => {
    const anonymous = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM' });
    const partner = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM' }, { kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes: [] });
    expect([anonymous.errors?.[0]?.extensions.code, partner.errors?.[0]?.extensions.code]).toEqual(['UNAUTHENTICATED', 'FORBIDDEN']);
  });

  it('refuses a value outside the Tier enum as a validation error', async () => {
    const result = await harness.billing.execute(START_CHECKOUT, { plan: 'GOLD' }, userPrincipal());
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('openBillingPortal', () => {
  it("opens a portal session on the caller's customer with the configured return URL", async () => {
    const user = userPrincipal();
    await startCheckout(harness, user, 'PREMIUM');
    const result = await harness.billing.execute<{ openBillingPortal: { url: string } }>(OPEN_PORTAL, {}, user);

    expect(result.data?.openBillingPortal.url).toMatch(/^https:\/\/billing\.stripe\.test\/p\/session\/bps_/);
    const request = harness.stripe!.requests.filter((r) => r.path === '/v1/billing_portal/sessions').at(-1);
    expect(request?.params).toEqual({ customer: customersOf(user.userId)[0]?.id, return_url: PORTAL_RETURN_URL });
  });
});
