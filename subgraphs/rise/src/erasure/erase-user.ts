import { eq } from 'drizzle-orm';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import { coachingSessions, coachingUsage, dailyActions, goals, journalEntries, milestones, practiceSessions } from '../db/schema.js';
import { isUuid } from '../domain/inputs.js';

const TABLES = {
  'rise.milestones': milestones,
  'rise.daily_actions': dailyActions,
  'rise.goals': goals,
  'rise.journal_entries': journalEntries,
  'rise.practice_sessions': practiceSessions,
  'rise.coaching_sessions': coachingSessions,
  'rise.coaching_usage': coachingUsage,
} as const;

/**
 * Deletes every Rise row of an erased user, in the erasure consumer's transaction: journal
 * entries, goals and milestones, daily actions, practice and coaching sessions, coaching
 * usage. Deleting what is already gone changes nothing, so a second delivery reports zeros.
 */
export async function eraseUser({ userId, tx }: ErasureRequest): Promise<ErasedRows> {
  const erased: ErasedRows = Object.fromEntries(Object.keys(TABLES).map((name) => [name, 0]));
  // Accounts' ids are UUIDs; another id has no Rise row (and must not reach a uuid column).
  if (!isUuid(userId)) return erased;
  // Children before parents, although the foreign keys would cascade: each table reports its own count.
  for (const [name, table] of Object.entries(TABLES)) {
    const deleted = await tx.delete(table).where(eq(table.userId, userId)).returning({ userId: table.userId });
    erased[name] = deleted.length;
  }
  return erased;
}
