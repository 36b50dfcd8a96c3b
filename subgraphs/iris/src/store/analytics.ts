import type { Transaction } from '@phoenix/db';
import { replyAnalytics } from '../db/schema.js';

export type ReplyAnalytics = typeof replyAnalytics.$inferInsert;

/** Records one reply's figures (no text); a reply is recorded once. */
export async function recordReplyAnalytics(tx: Transaction, row: ReplyAnalytics): Promise<void> {
  await tx.insert(replyAnalytics).values(row).onConflictDoNothing();
}
