import { eq, lte, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { crossAppConsents } from '../db/schema.js';

/** True when the user's latest known decision grants `cross_app_context`; false when unknown. */
export async function hasCrossAppConsent(db: Database | Transaction, userId: string): Promise<boolean> {
  const [row] = await db.select({ granted: crossAppConsents.granted }).from(crossAppConsents).where(eq(crossAppConsents.userId, userId));
  return row?.granted ?? false;
}

/** Records a decision unless a newer one is already known (events may be replayed or arrive late). */
export async function recordCrossAppConsent(tx: Transaction, userId: string, granted: boolean, decidedAt: Date): Promise<void> {
  await tx
    .insert(crossAppConsents)
    .values({ userId, granted, decidedAt })
    .onConflictDoUpdate({
      target: crossAppConsents.userId,
      set: { granted: sql`excluded.granted`, decidedAt: sql`excluded.decided_at` },
      setWhere: lte(crossAppConsents.decidedAt, sql`excluded.decided_at`),
    });
}
