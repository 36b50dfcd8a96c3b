import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Tier } from '@phoenix/context-token';
import type { Database, Transaction } from '@phoenix/db';
import { conversations, messages, type MessageRow } from '../db/schema.js';
import type { TopicDefinition } from '../domain/topics.js';

export interface NewExchange {
  conversationId: string;
  userId: string;
  topic: TopicDefinition['id'];
  text: string;
  tier: Tier;
  quotaDay: string;
  sentAt: Date;
  /** The id `iris.message_sent` will have: the cause of the reply's events. */
  sentEventId: string;
}

/**
 * Stores the user's message and the reply it asks for (`pending`, a job for the reply
 * workers), and moves the conversation's activity, in the caller's transaction.
 */
export async function insertExchange(tx: Transaction, exchange: NewExchange): Promise<{ message: MessageRow; reply: MessageRow }> {
  const { conversationId, userId, topic, tier, sentAt } = exchange;
  const [message] = await tx
    .insert(messages)
    .values({ id: randomUUID(), conversationId, userId, role: 'user', topic, text: exchange.text, status: 'completed', tier, createdAt: sentAt, completedAt: sentAt })
    .returning();
  if (!message) throw new Error('message insert returned no row');
  const [reply] = await tx
    .insert(messages)
    .values({ id: randomUUID(), conversationId, userId, role: 'assistant', topic, replyTo: message.id, status: 'pending', tier, quotaDay: exchange.quotaDay, sentEventId: exchange.sentEventId, createdAt: sentAt })
    .returning();
  if (!reply) throw new Error('reply insert returned no row');
  await tx.update(conversations).set({ lastMessageAt: sentAt }).where(eq(conversations.id, conversationId));
  return { message, reply };
}

/** True while a reply of the conversation is still being written. */
export async function hasReplyInFlight(tx: Transaction, conversationId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.role, 'assistant'), inArray(messages.status, ['pending', 'streaming'])))
    .limit(1);
  return row !== undefined;
}

/**
 * The reply a new subscriber of the conversation follows: the newest reply still being
 * written, or finished but not yet delivered to any subscriber. Undefined: wait for the next.
 */
export async function replyToFollow(db: Database, conversationId: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.role, 'assistant'),
        or(inArray(messages.status, ['pending', 'streaming']), isNull(messages.deliveredAt)),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(1);
  return row;
}

/** Records that a subscriber received the reply's final chunk. */
export async function markDelivered(db: Database, replyId: string, at: Date): Promise<void> {
  await db.update(messages).set({ deliveredAt: at }).where(and(eq(messages.id, replyId), isNull(messages.deliveredAt)));
}

/** Messages by id, in the order asked (undefined where missing). */
export async function messagesByIds(db: Database, ids: readonly string[]): Promise<(MessageRow | undefined)[]> {
  const rows = await db.select().from(messages).where(inArray(messages.id, [...ids]));
  return ids.map((id) => rows.find((row) => row.id === id));
}

/** The reply to each message, in the order asked (undefined where none). */
export async function repliesTo(db: Database, messageIds: readonly string[]): Promise<(MessageRow | undefined)[]> {
  const rows = await db.select().from(messages).where(inArray(messages.replyTo, [...messageIds]));
  return messageIds.map((id) => rows.find((row) => row.replyTo === id));
}

/** The `limit` newest messages of each conversation, oldest first. */
export async function newestMessages(db: Database, conversationIds: readonly string[], limit: number): Promise<MessageRow[][]> {
  const ranked = db
    .select({ id: messages.id, rank: sql<number>`row_number() over (partition by ${messages.conversationId} order by ${messages.createdAt} desc, ${messages.role} asc)`.as('rank') })
    .from(messages)
    .where(inArray(messages.conversationId, [...conversationIds]))
    .as('ranked');
  const rows = await db
    .select()
    .from(messages)
    .innerJoin(ranked, eq(ranked.id, messages.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    // A question and its reply share their instant: the question comes first ('user' > 'assistant').
    .orderBy(asc(messages.createdAt), desc(messages.role));
  return conversationIds.map((id) => rows.filter((row) => row.messages.conversationId === id).map((row) => row.messages));
}
