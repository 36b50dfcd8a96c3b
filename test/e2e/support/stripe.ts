import type { Page } from 'playwright-core';
import Stripe from 'stripe';
import { eventObject } from '../../../subgraphs/billing/test/support/fake-stripe/objects.js';
import { startFakeStripe, type FakeStripe } from '../../../subgraphs/billing/test/support/fake-stripe/server.js';

const WEBHOOK_SECRET = 'whsec_webJourney';
const CHECKOUT_PAGES = 'https://checkout.stripe.test/**';

/** Billing's local Stripe test server (the double its own tests use), and the env that points billing at it. */
export async function startLocalStripe(): Promise<{ stripe: FakeStripe; env: (origin: string) => Record<string, string> }> {
  const stripe = await startFakeStripe();
  return {
    stripe,
    env: (origin) => ({
      STRIPE_SECRET_KEY: stripe.secretKey,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PRICE_PREMIUM: 'price_premiumMonthly',
      STRIPE_PRICE_PREMIUM_PLUS: 'price_premiumPlusMonthly',
      STRIPE_API_URL: stripe.url,
      STRIPE_CHECKOUT_SUCCESS_URL: `${origin}/abonnement/confirmation?session_id={CHECKOUT_SESSION_ID}`,
      STRIPE_CHECKOUT_CANCEL_URL: `${origin}/abonnement/annule`,
      STRIPE_PORTAL_RETURN_URL: `${origin}/compte`,
    }),
  };
}

/**
 * Plays Stripe's hosted checkout page for the browser: when the app redirects there, the
 * customer « pays », Stripe sends its signed `checkout.session.completed` webhook to the
 * gateway, and the browser is sent back to the success URL, as Stripe does.
 */
export async function payOnCheckoutPage(page: Page, stripe: FakeStripe, origin: string): Promise<void> {
  const signer = new Stripe('sk_test_signer', { host: '127.0.0.1', port: 9, protocol: 'http' });
  await page.route(CHECKOUT_PAGES, async (route) => {
    const session = [...stripe.checkoutSessions.values()].find((candidate) => candidate.url === route.request().url());
    if (!session) return route.fulfill({ status: 404, body: 'unknown checkout session' });
    const completed = stripe.completeCheckout(session.id);
    const payload = JSON.stringify(eventObject('checkout.session.completed', completed.session));
    const webhook = await fetch(`${origin}/webhooks/stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
      body: payload,
    });
    if (webhook.status !== 200) return route.fulfill({ status: 502, body: `webhook refused: ${webhook.status}` });
    const successUrl = String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id);
    return route.fulfill({ status: 303, headers: { location: successUrl } });
  });
}
