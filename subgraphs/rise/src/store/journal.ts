import { randomUUID } from 'node:crypto';
import { and, desc, gt, inArray } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { journalEntries, type JournalEntryRow } from '../db/schema.js';
import { groupByUser, newestIds } from './newest.js';

/** Stores a journal entry and publishes `rise.mood_logged` (scores only, never the notes) in one transaction. */
export async function insertJournalEntry(
  db: Database,
  entry: { userId: string; mood: number; confidence: number; notes: string | null; createdAt: Date },
): Promise<JournalEntryRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(journalEntries).values({ id: randomUUID(), ...entry }).returning();
    if (!row) throw new Error('journal insert returned no row');
    await publish(tx, { type: 'rise.mood_logged', source: 'rise', payload: { userId: row.userId, entryId: row.id, mood: row.mood, confidence: row.confidence } });
    return row;
  });
}

/** The `limit` newest entries of each user, newest first. */
export async function newestEntries(db: Database, userIds: readonly string[], limit: number): Promise<JournalEntryRow[][]> {
  const ids = newestIds(db, journalEntries, { id: journalEntries.id, userId: journalEntries.userId, at: journalEntries.createdAt }, userIds, limit);
  const rows = await db.select().from(journalEntries).where(inArray(journalEntries.id, ids)).orderBy(desc(journalEntries.createdAt), desc(journalEntries.id));
  return groupByUser(rows, userIds);
}

/** Each user's entries after `since`, newest first: what the trend reads. */
export async function entriesSince(db: Database, userIds: readonly string[], since: Date): Promise<JournalEntryRow[][]> {
  const rows = await db
    .select()
    .from(journalEntries)
    .where(and(inArray(journalEntries.userId, [...userIds]), gt(journalEntries.createdAt, since)))
    .orderBy(desc(journalEntries.createdAt), desc(journalEntries.id));
  return groupByUser(rows, userIds);
}
