import type { Database } from '@phoenix/db';
import type { StripeAccess } from '../stripe/access.js';
import { customerOfUser, linkCustomer } from '../store/customers.js';

/**
 * The user's Stripe customer, created on first need. The idempotency key makes Stripe answer
 * a repeated or concurrent creation with the same customer, so a user never gets two.
 * Only the user id is sent: Checkout collects the billing details itself.
 */
export async function ensureCustomer(db: Database, stripe: StripeAccess, userId: string): Promise<string> {
  const existing = await customerOfUser(db, userId);
  if (existing) return existing;
  const customer = await stripe.client.customers.create({ metadata: { userId } }, { idempotencyKey: `phoenix-customer-${userId}` });
  await linkCustomer(db, userId, customer.id);
  return (await customerOfUser(db, userId)) ?? customer.id;
}
