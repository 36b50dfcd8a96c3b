import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OPEN_PORTAL, START_CHECKOUT, SUBSCRIPTION_OF } from './support/flows.js';
import { startBilling, userPrincipal, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling({ withStripe: false });
});

afterAll(async () => {
  await harness.close();
});

describe('billing without Stripe keys', () => {
  it('still serves the plan catalog and subscriptions', async () => {
    const user = userPrincipal();
    const plans = await harness.billing.execute<{ plans: { tier: string }[] }>('{ plans { tier } }');
    const subscription = await harness.billing.execute(SUBSCRIPTION_OF, { id: user.userId }, user);
    expect(plans.data?.plans.map((plan) => plan.tier)).toEqual(['FREE', 'PREMIUM', 'PREMIUM_PLUS']);
    expect(subscription.errors).toBeUndefined();
  });

  it('answers checkout and portal with PAYMENT_PROVIDER_NOT_CONFIGURED and changes nothing', async () => {
    const user = userPrincipal();
    const checkout = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM' }, user);
    const portal = await harness.billing.execute(OPEN_PORTAL, {}, user);
    expect([checkout.errors?.[0]?.extensions.code, portal.errors?.[0]?.extensions.code]).toEqual([
      'PAYMENT_PROVIDER_NOT_CONFIGURED',
      'PAYMENT_PROVIDER_NOT_CONFIGURED',
    ]);
    expect(await harness.count('events.log')).toBe(0);
    expect(await harness.count('billing.customers')).toBe(0);
  });

  it('answers webhook deliveries with 503 so Stripe retries them once keys are set', async () => {
    const url = harness.billing.url.replace(/\/graphql$/, '/webhooks/stripe');
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=00' }, body: '{}' });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect([response.status, body.errors[0]?.extensions.code]).toEqual([503, 'PAYMENT_PROVIDER_NOT_CONFIGURED']);
  });
});
