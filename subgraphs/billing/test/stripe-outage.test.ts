import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OPEN_PORTAL, START_CHECKOUT, startCheckout } from './support/flows.js';
import { startBilling, userPrincipal, type BillingHarness } from './support/harness.js';

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

describe('checkout and portal while Stripe cannot be reached', () => {
  it('answer PAYMENT_PROVIDER_UNAVAILABLE, create nothing and publish nothing, then work once Stripe is back', async () => {
    const user = userPrincipal();
    harness.stripe!.setReachable(false);
    try {
      const checkout = await harness.billing.execute(START_CHECKOUT, { plan: 'PREMIUM' }, user);
      const portal = await harness.billing.execute(OPEN_PORTAL, {}, user);
      expect([checkout.errors?.[0]?.extensions.code, portal.errors?.[0]?.extensions.code]).toEqual(['PAYMENT_PROVIDER_UNAVAILABLE', 'PAYMENT_PROVIDER_UNAVAILABLE']);
      expect(checkout.errors?.[0]?.message).toBe('The payment provider cannot be reached right now. Try again in a moment.');
      expect(await harness.events('billing.checkout_started')).toEqual([]);
      expect(await harness.count('billing.customers')).toBe(0);
      expect(harness.logs.join('')).toContain('"stripeError":"StripeConnectionError"');
    } finally {
      harness.stripe!.setReachable(true);
    }
    const session = await startCheckout(harness, user, 'PREMIUM');
    expect(session.client_reference_id).toBe(user.userId);
  }, 30_000);
});
