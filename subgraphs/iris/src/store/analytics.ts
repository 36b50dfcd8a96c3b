import { eq } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import { replyAnalytics } from '../db/schema.js';

export type ReplyAnalytics = typeof replyAnalytics.$inferInsert;

/** Records one reply's figures (no text); a reply is recorded once. */
export async function recordReplyAnalytics(tx: Transaction, row: ReplyAnalytics): Promise<void> {
  await tx.insert(replyAnalytics).values(row).onConflictDoNothing();
}

/**
 * Unlinks a user's reply analytics from them (consent withdrawn, account erased): the rows
 * lose their hash and stay as anonymous lengths and timings. Returns how many rows changed.
 */
export async function unlinkReplyAnalytics(tx: Transaction, userHash: string): Promise<number> {
  const rows = await tx.update(replyAnalytics).set({ userHash: null }).where(eq(replyAnalytics.userHash, userHash)).returning({ id: replyAnalytics.messageId });
  return rows.length;
}
