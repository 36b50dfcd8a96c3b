import Stripe from 'stripe';
import type { StripeSettings } from '../config.js';
import type { PaidTier } from '../domain/subscription-status.js';

/** Stripe as billing uses it: the client, the plan ↔ price mapping, and the settings. */
export interface StripeAccess {
  client: Stripe;
  settings: StripeSettings;
  /** The price new checkouts of `plan` use. */
  priceOf(plan: PaidTier): string;
  /** The plan a price belongs to, for every configured price of every plan. */
  planOfPrice(priceId: string): PaidTier | undefined;
}

/**
 * Builds the Stripe client from configuration; `STRIPE_API_URL` points it at another
 * endpoint (host, port and protocol), which is how tests reach a local Stripe double.
 */
export function createStripeAccess(settings: StripeSettings): StripeAccess {
  const endpoint = settings.apiUrl ? new URL(settings.apiUrl) : undefined;
  const client = new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    telemetry: false,
    ...(endpoint
      ? { host: endpoint.hostname, port: endpoint.port || (endpoint.protocol === 'https:' ? 443 : 80), protocol: endpoint.protocol === 'https:' ? 'https' : 'http' }
      : {}),
  });
  const plans = new Map<string, PaidTier>();
  for (const plan of ['PREMIUM', 'PREMIUM_PLUS'] as const) for (const price of settings.prices[plan]) plans.set(price, plan);
  return {
    client,
    settings,
    priceOf: (plan) => settings.prices[plan][0]!,
    planOfPrice: (priceId) => plans.get(priceId),
  };
}
