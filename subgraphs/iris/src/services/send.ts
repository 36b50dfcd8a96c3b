import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { assess, blockedInputError } from '@phoenix/ai';
import type { UserPrincipal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import { badUserInput, notFound, phoenixError } from '@phoenix/errors';
import { publish } from '@phoenix/events';
import { conversations, type MessageRow } from '../db/schema.js';
import { parseMessageText, requireUuid } from '../domain/inputs.js';
import { dailyMessageLimit, dayPeriod } from '../domain/quota.js';
import { topicOfKey, type TopicKey } from '../domain/topics.js';
import { hasReplyInFlight, insertExchange } from '../store/messages.js';
import { recordTier } from '../store/projections.js';
import { takeMessage } from '../store/usage.js';

export interface SendDependencies {
  db: Database;
  /** The guardian's block score (`AI_GUARDIAN_BLOCK_SCORE`): a refused text is refused before anything is stored. */
  blockAt: number;
  timeZone: string;
  clock: () => Date;
  /** Called once the message is committed: the reply job is waiting. */
  onSent: () => void;
}

export interface SendInput {
  conversationId?: string | null | undefined;
  topic: TopicKey;
  text: string;
}

/** The `QUOTA_EXCEEDED` error of a spent day. */
export function irisQuotaExceeded(limit: number, resetsAt: Date) {
  return phoenixError('QUOTA_EXCEEDED', `Your plan includes ${limit} Iris messages per day.`, { limit, resetsAt: resetsAt.toISOString() });
}

/** The conversation does not exist or is not the caller's: the two are never told apart. */
export function conversationNotFound() {
  return notFound('No such conversation.');
}

/**
 * Sends the user's message: checks it (length, guardian) before anything is written, then in
 * one transaction opens or continues the conversation, counts the message against the day's
 * quota, stores it with its pending reply, and publishes `iris.message_sent` (its length, never
 * its text). The reply is written afterwards by the reply workers.
 */
export async function sendMessage(deps: SendDependencies, user: UserPrincipal, input: SendInput): Promise<MessageRow> {
  const topic = topicOfKey(input.topic);
  const { text, length } = parseMessageText(input.text);
  const conversationId = input.conversationId ? requireUuid(input.conversationId, 'conversationId') : undefined;
  const assessment = assess(text, { blockAt: deps.blockAt });
  if (assessment.blocked) {
    const refusal = blockedInputError(assessment);
    throw badUserInput(refusal.message, { ...refusal.extensions, field: 'text' });
  }

  const now = deps.clock();
  const period = dayPeriod(now, deps.timeZone);
  const limit = dailyMessageLimit(user.tier);
  const message = await deps.db.transaction(async (tx) => {
    let id = conversationId;
    if (id) {
      // The row lock orders concurrent sends to one conversation: only one reply is in flight.
      const [found] = await tx
        .select({ id: conversations.id })
        .from(conversations)
        .where(and(eq(conversations.id, id), eq(conversations.userId, user.userId)))
        .for('update');
      if (!found) throw conversationNotFound();
      if (await hasReplyInFlight(tx, id)) {
        throw badUserInput('Iris is still answering your previous message in this conversation.', { field: 'conversationId', reason: 'REPLY_IN_PROGRESS' });
      }
    } else {
      id = randomUUID();
      await tx.insert(conversations).values({ id, userId: user.userId, topic: topic.id, createdAt: now, lastMessageAt: now });
    }
    if ((await takeMessage(tx, user.userId, period.day, limit)) === undefined) throw irisQuotaExceeded(limit ?? 0, period.resetsAt);
    const sentEventId = randomUUID();
    const exchange = await insertExchange(tx, { conversationId: id, userId: user.userId, topic: topic.id, text, tier: user.tier, quotaDay: period.day, sentAt: now, sentEventId });
    await recordTier(tx, user.userId, user.tier, now);
    await publish(tx, {
      type: 'iris.message_sent',
      eventId: sentEventId,
      occurredAt: now,
      payload: { userId: user.userId, conversationId: id, messageId: exchange.message.id, topic: topic.id, length },
    });
    return exchange.message;
  });
  deps.onSent();
  return message;
}
