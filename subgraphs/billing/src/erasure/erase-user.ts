import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { customers, subscriptions } from '../db/schema.js';
import { markCustomersErased } from '../store/erased-customers.js';
import { lockUser } from '../store/subscriptions.js';
import type { StripeAccess } from '../stripe/access.js';

export interface BillingErasureDependencies {
  /** Undefined when Stripe is not configured: a user with a Stripe customer cannot be erased then. */
  stripe: StripeAccess | undefined;
  logger: Logger;
}

type Erase = (request: Pick<ErasureRequest, 'userId' | 'tx'>) => Promise<ErasedRows>;

/**
 * The erasure of a user's billing data: their Stripe customer is deleted, which cancels its
 * subscriptions at once (a subscription billing knows without a customer is canceled on its
 * own), then the customer and subscription rows are deleted here. The customer is remembered
 * only as a digest, so Stripe's later events about it cannot bring the rows back. Stripe
 * answering 404 means already gone; any other failure throws, and the consumer retries.
 * `billing.stripe_events` keeps only event ids, types and times, none of them the user's.
 */
export function createBillingEraser({ stripe, logger }: BillingErasureDependencies): Erase {
  return async ({ userId, tx }) => {
    await lockUser(tx, userId);
    const [customerRows, subscriptionRows] = await Promise.all([
      tx.select({ id: customers.stripeCustomerId }).from(customers).where(eq(customers.userId, userId)),
      tx.select().from(subscriptions).where(eq(subscriptions.userId, userId)),
    ]);
    const customerIds = [...new Set([...customerRows.map((row) => row.id), ...subscriptionRows.flatMap((row) => row.stripeCustomerId ?? [])])];
    const orphans = subscriptionRows.filter((row) => row.stripeCustomerId === null && row.status !== 'CANCELED').map((row) => row.stripeSubscriptionId);

    if (customerIds.length > 0 || orphans.length > 0) {
      if (!stripe) throw new Error('Stripe is not configured: the user’s Stripe customer cannot be deleted');
      for (const id of orphans) await goneOr404(() => stripe.client.subscriptions.cancel(id), 'cancel a subscription');
      for (const id of customerIds) await goneOr404(() => stripe.client.customers.del(id), 'delete a customer');
      await markCustomersErased(tx, customerIds);
    }

    const deletedSubscriptions = await tx.delete(subscriptions).where(eq(subscriptions.userId, userId)).returning({ id: subscriptions.stripeSubscriptionId });
    const deletedCustomers = await tx.delete(customers).where(eq(customers.userId, userId)).returning({ id: customers.userId });
    logger.info({ stripeCustomersDeleted: customerIds.length, subscriptions: deletedSubscriptions.length }, 'billing data erased');
    return { 'billing.customers': deletedCustomers.length, 'billing.subscriptions': deletedSubscriptions.length };
  };
}

// Stripe's messages may quote ids; the error kept and logged by the consumer names only the kind of failure.
async function goneOr404(call: () => Promise<unknown>, what: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError && error.statusCode === 404) return;
    const kind = error instanceof Stripe.errors.StripeError ? `${error.type}${error.statusCode ? ` ${error.statusCode}` : ''}` : 'unexpected error';
    throw new Error(`Stripe could not ${what} (${kind}); the erasure will be retried`, { cause: error });
  }
}
