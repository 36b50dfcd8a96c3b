import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { stripeEvents } from '../db/schema.js';

export interface StripeEventRecord {
  id: string;
  type: string;
  /** Stripe's `created`, in seconds. */
  created: number;
}

/** True when the event was already applied; a cheap check before any call to Stripe. */
export async function wasProcessed(db: Database, eventId: string): Promise<boolean> {
  const [row] = await db.select({ id: stripeEvents.eventId }).from(stripeEvents).where(eq(stripeEvents.eventId, eventId));
  return row !== undefined;
}

/**
 * Claims the event inside the transaction that applies it: false when it was already applied.
 * A concurrent delivery of the same event waits on the primary key, then gets false.
 */
export async function claimEvent(tx: Transaction, event: StripeEventRecord): Promise<boolean> {
  const inserted = await tx
    .insert(stripeEvents)
    .values({ eventId: event.id, type: event.type, createdAt: new Date(event.created * 1000) })
    .onConflictDoNothing()
    .returning({ id: stripeEvents.eventId });
  return inserted.length > 0;
}
