import { and, eq, gt, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { dailyUsage } from '../db/schema.js';

/**
 * Counts one message against the user's day, in the caller's transaction: the counter goes up
 * only while it is below `limit` (null: no limit), in a single upsert, so parallel sends can
 * never pass the quota together. Returns the new count, or undefined when the day is spent.
 */
export async function takeMessage(tx: Transaction, userId: string, day: string, limit: number | null): Promise<number | undefined> {
  if (limit !== null && limit <= 0) return undefined;
  const [counted] = await tx
    .insert(dailyUsage)
    .values({ userId, day, used: 1 })
    .onConflictDoUpdate({
      target: [dailyUsage.userId, dailyUsage.day],
      set: { used: sql`${dailyUsage.used} + 1` },
      ...(limit !== null ? { setWhere: sql`${dailyUsage.used} < ${limit}` } : {}),
    })
    .returning({ used: dailyUsage.used });
  return counted?.used;
}

/** Gives back the unit of a message Iris could not answer. */
export async function giveBackMessage(tx: Transaction, userId: string, day: string): Promise<void> {
  await tx
    .update(dailyUsage)
    .set({ used: sql`${dailyUsage.used} - 1` })
    .where(and(eq(dailyUsage.userId, userId), eq(dailyUsage.day, day), gt(dailyUsage.used, 0)));
}

/** Messages counted for each `user|day` key, 0 where none. */
export async function usageOf(db: Database, keys: readonly { userId: string; day: string }[]): Promise<number[]> {
  const rows = await db
    .select()
    .from(dailyUsage)
    .where(or(...keys.map((key) => and(eq(dailyUsage.userId, key.userId), eq(dailyUsage.day, key.day)))));
  return keys.map((key) => rows.find((row) => row.userId === key.userId && row.day === key.day)?.used ?? 0);
}
