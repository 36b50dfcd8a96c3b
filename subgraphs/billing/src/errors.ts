import { phoenixError } from '@phoenix/errors';

/** What checkout and the portal answer on a server without Stripe keys. */
export function paymentProviderNotConfigured() {
  return phoenixError('PAYMENT_PROVIDER_NOT_CONFIGURED', 'Payments are not available on this server.');
}
