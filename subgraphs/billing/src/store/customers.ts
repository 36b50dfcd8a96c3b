import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { customers } from '../db/schema.js';
import { isErasedCustomer } from './erased-customers.js';

/** The Stripe customer id of a user, if one was created. */
export async function customerOfUser(db: Database | Transaction, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: customers.stripeCustomerId }).from(customers).where(eq(customers.userId, userId));
  return row?.id;
}

/** The user a Stripe customer belongs to, if billing created or linked it. */
export async function userOfCustomer(db: Database | Transaction, stripeCustomerId: string): Promise<string | undefined> {
  const [row] = await db.select({ userId: customers.userId }).from(customers).where(eq(customers.stripeCustomerId, stripeCustomerId));
  return row?.userId;
}

/**
 * Records that `stripeCustomerId` is the user's customer; the first link of a user stays, and
 * a customer an erasure deleted is never linked again.
 */
export async function linkCustomer(db: Database | Transaction, userId: string, stripeCustomerId: string): Promise<void> {
  if (await isErasedCustomer(db, stripeCustomerId)) return;
  await db.insert(customers).values({ userId, stripeCustomerId }).onConflictDoNothing();
}
