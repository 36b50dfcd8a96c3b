import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { conversations, type ConversationRow } from '../db/schema.js';

/** One of the user's conversations, or undefined when it does not exist or is someone else's. */
export async function conversationOf(db: Database | Transaction, id: string, userId: string): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.userId, userId)));
  return row;
}

/** Conversations by id, in the order asked (undefined where missing). */
export async function conversationsByIds(db: Database, ids: readonly string[]): Promise<(ConversationRow | undefined)[]> {
  const rows = await db.select().from(conversations).where(inArray(conversations.id, [...ids]));
  return ids.map((id) => rows.find((row) => row.id === id));
}

/** The `limit` most recently active conversations of each user. */
export async function newestConversations(db: Database, userIds: readonly string[], limit: number): Promise<ConversationRow[][]> {
  // One window query for every user of the batch.
  const ranked = db
    .select({ id: conversations.id, rank: sql<number>`row_number() over (partition by ${conversations.userId} order by ${conversations.lastMessageAt} desc, ${conversations.id} desc)`.as('rank') })
    .from(conversations)
    .where(inArray(conversations.userId, [...userIds]))
    .as('ranked');
  const rows = await db
    .select()
    .from(conversations)
    .innerJoin(ranked, eq(ranked.id, conversations.id))
    .where(sql`${ranked.rank} <= ${limit}`)
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id));
  return userIds.map((userId) => rows.filter((row) => row.conversations.userId === userId).map((row) => row.conversations));
}
