import { randomUUID } from 'node:crypto';
import { desc, inArray } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { practiceSessions, type PracticeSessionRow } from '../db/schema.js';
import { groupByUser, newestIds } from './newest.js';

/** Records a breathing or meditation session. */
export async function insertPracticeSession(
  db: Database,
  session: { userId: string; kind: PracticeSessionRow['kind']; durationSeconds: number; createdAt: Date },
): Promise<PracticeSessionRow> {
  const [row] = await db.insert(practiceSessions).values({ id: randomUUID(), ...session }).returning();
  if (!row) throw new Error('practice session insert returned no row');
  return row;
}

/** The `limit` newest sessions of each user, newest first. */
export async function newestPracticeSessions(db: Database, userIds: readonly string[], limit: number): Promise<PracticeSessionRow[][]> {
  const ids = newestIds(db, practiceSessions, { id: practiceSessions.id, userId: practiceSessions.userId, at: practiceSessions.createdAt }, userIds, limit);
  const rows = await db.select().from(practiceSessions).where(inArray(practiceSessions.id, ids)).orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id));
  return groupByUser(rows, userIds);
}
