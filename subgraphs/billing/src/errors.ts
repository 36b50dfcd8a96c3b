import { phoenixError } from '@phoenix/errors';

/** What checkout and the portal answer on a server without Stripe keys. */
export function paymentProviderNotConfigured() {
  return phoenixError('PAYMENT_PROVIDER_NOT_CONFIGURED', 'Payments are not available on this server.');
}

/** What checkout and the portal answer while Stripe cannot be reached or fails on its side. */
export function paymentProviderUnavailable() {
  return phoenixError('PAYMENT_PROVIDER_UNAVAILABLE', 'The payment provider cannot be reached right now. Try again in a moment.');
}
