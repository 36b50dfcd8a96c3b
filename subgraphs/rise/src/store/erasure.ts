import { eq } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventType } from '@phoenix/events';
import { coachingSessions, coachingUsage, dailyActions, goals, journalEntries, milestones, practiceSessions } from '../db/schema.js';

/** The events the erasure consumer applies. */
export const ERASURE_EVENT_TYPES: readonly EventType[] = ['user.deleted'];

/**
 * Deletes every Rise row of an erased user, in the consumer's transaction. Deleting what is
 * already gone changes nothing, so a second delivery is harmless.
 */
export async function eraseUser(event: EventEnvelope, tx: Transaction): Promise<void> {
  if (event.type !== 'user.deleted') return;
  const { userId } = event.payload;
  // Children before parents, although the foreign keys would cascade: each table is named once.
  await tx.delete(milestones).where(eq(milestones.userId, userId));
  await tx.delete(dailyActions).where(eq(dailyActions.userId, userId));
  await tx.delete(goals).where(eq(goals.userId, userId));
  await tx.delete(journalEntries).where(eq(journalEntries.userId, userId));
  await tx.delete(practiceSessions).where(eq(practiceSessions.userId, userId));
  await tx.delete(coachingSessions).where(eq(coachingSessions.userId, userId));
  await tx.delete(coachingUsage).where(eq(coachingUsage.userId, userId));
}
