import Stripe from 'stripe';
import type { Logger } from '@phoenix/logger';
import { paymentProviderUnavailable } from '../errors.js';

/** Stripe could not be reached, failed on its side, or is throttling us: nothing the caller did wrong. */
const OUTAGE_TYPES: ReadonlySet<string> = new Set(['StripeConnectionError', 'StripeAPIError', 'StripeRateLimitError']);

export function isStripeOutage(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && OUTAGE_TYPES.has(error.type);
}

/**
 * Runs a call to Stripe made on behalf of a person (after the client's own retries): an
 * outage becomes PAYMENT_PROVIDER_UNAVAILABLE, which the client can explain and retry,
 * instead of a masked internal error. Anything else (a refused request) is our fault and
 * stays unexpected.
 */
export async function duringStripeCall<T>(logger: Logger, action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!isStripeOutage(error)) throw error;
    const { type, statusCode } = error as Stripe.errors.StripeError;
    logger.warn({ action, stripeError: type, statusCode }, 'Stripe unavailable');
    throw paymentProviderUnavailable();
  }
}
