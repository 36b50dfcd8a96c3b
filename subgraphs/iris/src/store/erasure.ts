import { eq } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import { aubeScores, conversations, crossAppConsents, dailyUsage, lettersGenerated, moodEntries, replyAnalytics, userTiers } from '../db/schema.js';

/**
 * Deletes every Iris row of an erased user, in the caller's transaction: conversations (their
 * messages and chunks go with them), usage, projections. Analytics rows lose their user hash
 * and stay as anonymous lengths and timings. Deleting what is gone changes nothing.
 */
export async function eraseUser(tx: Transaction, userId: string, hash: string): Promise<void> {
  await tx.delete(conversations).where(eq(conversations.userId, userId));
  await tx.delete(dailyUsage).where(eq(dailyUsage.userId, userId));
  await tx.delete(userTiers).where(eq(userTiers.userId, userId));
  await tx.delete(crossAppConsents).where(eq(crossAppConsents.userId, userId));
  await tx.delete(aubeScores).where(eq(aubeScores.userId, userId));
  await tx.delete(lettersGenerated).where(eq(lettersGenerated.userId, userId));
  await tx.delete(moodEntries).where(eq(moodEntries.userId, userId));
  await tx.update(replyAnalytics).set({ userHash: null }).where(eq(replyAnalytics.userHash, hash));
}
