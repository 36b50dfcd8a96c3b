import type { Tier, UserPrincipal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import { badUserInput } from '@phoenix/errors';
import { publish } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { decideCheckout } from '../domain/checkout.js';
import { paymentProviderNotConfigured } from '../errors.js';
import { duringStripeCall } from '../stripe/outage.js';
import { subscriptionsOfUsers } from '../store/subscriptions.js';
import type { StripeAccess } from '../stripe/access.js';
import { ensureCustomer } from './customers.js';

/** Where the browser goes next. */
export interface RedirectUrl {
  url: string;
}

/** Checkout and billing portal sessions for the signed-in user. */
export interface PaymentServices {
  startCheckout(user: UserPrincipal, plan: Tier): Promise<RedirectUrl>;
  openBillingPortal(user: UserPrincipal): Promise<RedirectUrl>;
}

export interface PaymentDependencies {
  db: Database;
  /** Undefined when Stripe is not configured. */
  stripe: StripeAccess | undefined;
  logger: Logger;
}

/** The payment services; without Stripe they answer PAYMENT_PROVIDER_NOT_CONFIGURED. */
export function createPaymentServices({ db, stripe, logger }: PaymentDependencies): PaymentServices {
  return {
    async startCheckout(user, requested) {
      const subscriptions = (await subscriptionsOfUsers(db, [user.userId])).get(user.userId) ?? [];
      const decision = decideCheckout(requested, user.tier, subscriptions);
      if (!decision.ok) throw badUserInput(decision.message, { field: 'plan' });
      if (!stripe) throw paymentProviderNotConfigured();
      const customer = await duringStripeCall(logger, 'create a customer', () => ensureCustomer(db, stripe, user.userId));
      const metadata = { userId: user.userId, plan: decision.plan };
      const session = await duringStripeCall(logger, 'start a checkout', () =>
        stripe.client.checkout.sessions.create({
          mode: 'subscription',
          customer,
          client_reference_id: user.userId,
          line_items: [{ price: stripe.priceOf(decision.plan), quantity: 1 }],
          success_url: stripe.settings.urls.checkoutSuccess,
          cancel_url: stripe.settings.urls.checkoutCancel,
          metadata,
          // Copied onto the subscription, so every later webhook names its user and plan.
          subscription_data: { metadata },
        }),
      );
      if (!session.url) throw new Error('Stripe returned a checkout session without a URL');
      await db.transaction((tx) =>
        publish(tx, { type: 'billing.checkout_started', payload: { userId: user.userId, plan: decision.plan, checkoutSessionId: session.id } }),
      );
      logger.info({ checkoutSessionId: session.id, plan: decision.plan }, 'checkout started');
      return { url: session.url };
    },

    async openBillingPortal(user) {
      if (!stripe) throw paymentProviderNotConfigured();
      const customer = await duringStripeCall(logger, 'create a customer', () => ensureCustomer(db, stripe, user.userId));
      const session = await duringStripeCall(logger, 'open the billing portal', () =>
        stripe.client.billingPortal.sessions.create({ customer, return_url: stripe.settings.urls.portalReturn }),
      );
      return { url: session.url };
    },
  };
}
