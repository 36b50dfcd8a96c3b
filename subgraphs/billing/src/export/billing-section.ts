import { desc, eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { customers, subscriptions, type CustomerRow, type SubscriptionRow } from '../db/schema.js';

type Executor = Database | Transaction;

/**
 * Everything billing holds about a user, for the right of access: the Stripe customer created
 * for them and every subscription as billing last saw it, newest first. Invoices, payment
 * methods and billing details are kept by Stripe (the billing portal shows them); billing
 * stores none, and its record of applied Stripe events names no user.
 */
export async function billingSection(db: Executor, userId: string) {
  const [customerRows, subscriptionRows] = await Promise.all([
    db.select().from(customers).where(eq(customers.userId, userId)),
    db
      .select()
      .from(subscriptions)
      .where(eq(subscriptions.userId, userId))
      .orderBy(desc(subscriptions.startedAt), desc(subscriptions.stripeSubscriptionId)),
  ]);
  const [customer] = customerRows;
  return { customer: customer ? exportedCustomer(customer) : null, subscriptions: subscriptionRows.map(exportedSubscription) };
}

export type BillingSection = Awaited<ReturnType<typeof billingSection>>;

function exportedCustomer(row: CustomerRow) {
  return { stripeCustomerId: row.stripeCustomerId, createdAt: row.createdAt.toISOString() };
}

function exportedSubscription(row: SubscriptionRow) {
  return {
    stripeSubscriptionId: row.stripeSubscriptionId,
    plan: row.plan,
    status: row.status,
    startedAt: row.startedAt.toISOString(),
    currentPeriodEnd: row.currentPeriodEnd?.toISOString() ?? null,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    endedAt: row.endedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
