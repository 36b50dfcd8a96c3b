import { eq, lte, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { analyticsConsents, feedback } from '../db/schema.js';

/**
 * Records an `analytics` decision unless a newer one is already known (events may be replayed
 * or arrive late). Returns whether the user grants `analytics` once it is applied.
 */
export async function recordAnalyticsConsent(tx: Transaction, userId: string, granted: boolean, decidedAt: Date): Promise<boolean> {
  await tx
    .insert(analyticsConsents)
    .values({ userId, granted, decidedAt })
    .onConflictDoUpdate({
      target: analyticsConsents.userId,
      set: { granted: sql`excluded.granted`, decidedAt: sql`excluded.decided_at` },
      setWhere: lte(analyticsConsents.decidedAt, sql`excluded.decided_at`),
    });
  return grantsAnalytics(tx, userId);
}

/** True when the user's latest known decision grants `analytics`; false when unknown. */
export async function grantsAnalytics(db: Database | Transaction, userId: string): Promise<boolean> {
  const [row] = await db.select({ granted: analyticsConsents.granted }).from(analyticsConsents).where(eq(analyticsConsents.userId, userId));
  return row?.granted ?? false;
}

/** Unlinks the user's ratings from them: they stay as anonymous figures. Returns how many changed. */
export async function unlinkFeedback(tx: Transaction, userId: string): Promise<number> {
  const rows = await tx.update(feedback).set({ userId: null }).where(eq(feedback.userId, userId)).returning({ id: feedback.id });
  return rows.length;
}
