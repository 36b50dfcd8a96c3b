import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { erasedCustomers } from '../db/schema.js';

// A digest, not the id: the tombstone recognises the customer without naming it.
function digestOf(stripeCustomerId: string): string {
  return createHash('sha256').update(stripeCustomerId).digest('hex');
}

/** Remembers that these Stripe customers were deleted by an erasure. */
export async function markCustomersErased(tx: Transaction, stripeCustomerIds: readonly string[]): Promise<void> {
  if (stripeCustomerIds.length === 0) return;
  await tx
    .insert(erasedCustomers)
    .values(stripeCustomerIds.map((id) => ({ customerDigest: digestOf(id) })))
    .onConflictDoNothing();
}

/** True when an erasure deleted this Stripe customer: nothing about it may be recorded again. */
export async function isErasedCustomer(db: Database | Transaction, stripeCustomerId: string): Promise<boolean> {
  const [row] = await db.select({ digest: erasedCustomers.customerDigest }).from(erasedCustomers).where(eq(erasedCustomers.customerDigest, digestOf(stripeCustomerId)));
  return row !== undefined;
}
