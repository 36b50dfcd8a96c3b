import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { letterRows, letterVersions, type LetterRow, type LetterVersionRow } from '../db/schema.js';

type Executor = Database | Transaction;

/** A new letter and its first version, in the caller's transaction. */
export async function insertLetter(tx: Transaction, letter: typeof letterRows.$inferInsert, version: Omit<typeof letterVersions.$inferInsert, 'letterId' | 'number'>): Promise<LetterRow> {
  const [row] = await tx.insert(letterRows).values(letter).returning();
  if (!row) throw new Error('letters insert returned no row');
  await tx.insert(letterVersions).values({ ...version, letterId: row.id, number: row.currentVersion });
  return row;
}

/**
 * Adds a version to a letter and makes it current, in the caller's transaction. The row is
 * locked first, so two edits at once get consecutive numbers instead of colliding.
 */
export async function addVersion(tx: Transaction, letterId: string, version: Omit<typeof letterVersions.$inferInsert, 'letterId' | 'number'>): Promise<LetterRow> {
  const [locked] = await tx.select({ currentVersion: letterRows.currentVersion }).from(letterRows).where(eq(letterRows.id, letterId)).for('update');
  if (!locked) throw new Error(`letter ${letterId} vanished`);
  const number = locked.currentVersion + 1;
  await tx.insert(letterVersions).values({ ...version, letterId, number });
  const [row] = await tx
    .update(letterRows)
    .set({ currentVersion: number, tone: version.tone, text: version.text, completionId: version.completionId ?? null, usesAube: version.usesAube ?? false, updatedAt: new Date() })
    .where(eq(letterRows.id, letterId))
    .returning();
  if (!row) throw new Error(`letter ${letterId} vanished`);
  return row;
}

/** Letters by id, any owner (callers check ownership). */
export async function lettersByIds(db: Executor, ids: readonly string[]): Promise<LetterRow[]> {
  return ids.length === 0 ? [] : db.select().from(letterRows).where(inArray(letterRows.id, [...ids]));
}

/** The newest `first` letters of each user, in one statement whatever the number of users. */
export async function newestLettersOfUsers(db: Executor, userIds: readonly string[], first: number): Promise<LetterRow[]> {
  if (userIds.length === 0) return [];
  const ranked = db
    .select({ id: letterRows.id, rank: sql<number>`row_number() over (partition by ${letterRows.userId} order by ${letterRows.createdAt} desc, ${letterRows.id} desc)`.as('rank') })
    .from(letterRows)
    .where(inArray(letterRows.userId, [...userIds]))
    .as('ranked');
  return db
    .select({ letter: letterRows })
    .from(letterRows)
    .innerJoin(ranked, eq(ranked.id, letterRows.id))
    .where(sql`${ranked.rank} <= ${first}`)
    .orderBy(desc(letterRows.createdAt), desc(letterRows.id))
    .then((rows) => rows.map((row) => row.letter));
}

/** The newest `first` versions of each letter, in one statement. */
export async function newestVersionsOfLetters(db: Executor, letterIds: readonly string[], first: number): Promise<LetterVersionRow[]> {
  if (letterIds.length === 0) return [];
  return db
    .select()
    .from(letterVersions)
    .where(and(inArray(letterVersions.letterId, [...letterIds]), sql`${letterVersions.number} > (select ${letterRows.currentVersion} from ${letterRows} where ${letterRows.id} = ${letterVersions.letterId}) - ${first}`))
    .orderBy(desc(letterVersions.number));
}
