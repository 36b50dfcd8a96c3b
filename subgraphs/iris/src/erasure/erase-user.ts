import { eq, inArray } from 'drizzle-orm';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import { aubeScores, analyticsConsents, conversations, crossAppConsents, dailyUsage, lettersGenerated, messages, moodEntries, replyChunks, userTiers } from '../db/schema.js';
import { unlinkReplyAnalytics } from '../store/analytics.js';

/**
 * The erase function of the `iris.erasure` consumer: deletes every Iris row of the user in the
 * consumer's transaction — the chunks of their replies, their messages, their conversations,
 * their daily usage and what Iris projected about them (tier, consents, Aube score, letters,
 * moods) — and unlinks their reply analytics (the hash `hashUser` gives them is cleared, the
 * anonymous lengths and timings stay). Its consumer waits (`after`) for `iris.projections` to have
 * applied everything before the deletion, so no earlier event re-creates a projection afterwards.
 *
 * A reply being written when the user is erased leaves nothing behind: its writer stores each
 * chunk and settles the reply only while the row it claimed still exists, so once it is gone
 * the writer stops (LostClaimError) and its final transaction, with the analytics and the
 * events, rolls back. Idempotent: a second delivery deletes nothing and reports zeros.
 */
export function eraseIrisUser(hashUser: (userId: string) => string) {
  return async ({ userId, tx }: ErasureRequest): Promise<ErasedRows> => {
    const id = userId;
    const ownMessages = tx.select({ id: messages.id }).from(messages).where(eq(messages.userId, id));
    return {
      'iris.reply_chunks': await count(tx.delete(replyChunks).where(inArray(replyChunks.messageId, ownMessages)).returning({ seq: replyChunks.seq })),
      'iris.messages': await count(tx.delete(messages).where(eq(messages.userId, id)).returning({ id: messages.id })),
      'iris.conversations': await count(tx.delete(conversations).where(eq(conversations.userId, id)).returning({ id: conversations.id })),
      'iris.daily_usage': await count(tx.delete(dailyUsage).where(eq(dailyUsage.userId, id)).returning({ day: dailyUsage.day })),
      'iris.user_tiers': await count(tx.delete(userTiers).where(eq(userTiers.userId, id)).returning({ id: userTiers.userId })),
      'iris.cross_app_consents': await count(tx.delete(crossAppConsents).where(eq(crossAppConsents.userId, id)).returning({ id: crossAppConsents.userId })),
      'iris.analytics_consents': await count(tx.delete(analyticsConsents).where(eq(analyticsConsents.userId, id)).returning({ id: analyticsConsents.userId })),
      'iris.aube_scores': await count(tx.delete(aubeScores).where(eq(aubeScores.userId, id)).returning({ id: aubeScores.userId })),
      'iris.letters_generated': await count(tx.delete(lettersGenerated).where(eq(lettersGenerated.userId, id)).returning({ id: lettersGenerated.letterId })),
      'iris.mood_entries': await count(tx.delete(moodEntries).where(eq(moodEntries.userId, id)).returning({ id: moodEntries.entryId })),
      'iris.reply_analytics': await unlinkReplyAnalytics(tx, hashUser(id)),
    };
  };
}

async function count(rows: Promise<unknown[]>): Promise<number> {
  return (await rows).length;
}
