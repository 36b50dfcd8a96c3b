import { and, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { monthlyUsage } from '../db/schema.js';

/**
 * Counts one letter against a monthly limit, atomically: a single upsert that increments the
 * user's row only while `used < limit` and returns the new count, or undefined when the quota
 * is used up. Concurrent callers queue on the row lock and each re-checks the condition after
 * the previous one commits, so the limit holds under any concurrency. `limit` null = unlimited.
 */
export async function takeLetter(tx: Transaction, userId: string, month: string, limit: number | null): Promise<number | undefined> {
  if (limit !== null && limit <= 0) return undefined;
  const rows = await tx
    .insert(monthlyUsage)
    .values({ userId, month, used: 1 })
    .onConflictDoUpdate({
      target: [monthlyUsage.userId, monthlyUsage.month],
      set: { used: sql`${monthlyUsage.used} + 1`, updatedAt: new Date() },
      ...(limit !== null ? { setWhere: sql`${monthlyUsage.used} < ${limit}` } : {}),
    })
    .returning({ used: monthlyUsage.used });
  return rows[0]?.used;
}

/** Letters a user generated in a month (0 without a row). */
export async function lettersUsed(db: Database | Transaction, userId: string, month: string): Promise<number> {
  const [row] = await db
    .select({ used: monthlyUsage.used })
    .from(monthlyUsage)
    .where(and(eq(monthlyUsage.userId, userId), eq(monthlyUsage.month, month)));
  return row?.used ?? 0;
}
