import { randomUUID } from 'node:crypto';
import { and, desc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { publishCompletion, type CompletionRecord } from '@phoenix/ai';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { coachingSessions, coachingUsage, type CoachingSessionRow } from '../db/schema.js';
import { groupByUser, newestIds } from './newest.js';

export interface NewCoachingSession {
  userId: string;
  message: string | null;
  burnoutRisk: CoachingSessionRow['burnoutRisk'];
  humanHelpReasons: string[];
  quotaPeriod: string;
  startedAt: Date;
}

export type Reservation = { ok: true; session: CoachingSessionRow; startedEventId: string } | { ok: false; used: number };

/**
 * Counts one session against the user's month and opens it, in one transaction: the counter
 * goes up only while it is below `limit` (null: no limit), in a single upsert, so parallel
 * calls can never pass the quota together. The session row and `rise.coaching_started` are
 * written only when the count went up.
 */
export async function reserveSession(db: Database, session: NewCoachingSession, limit: number | null): Promise<Reservation> {
  return db.transaction(async (tx) => {
    if (limit !== null && limit <= 0) return { ok: false, used: 0 } as const;
    const [counted] = await tx
      .insert(coachingUsage)
      .values({ userId: session.userId, period: session.quotaPeriod, used: 1 })
      .onConflictDoUpdate({
        target: [coachingUsage.userId, coachingUsage.period],
        set: { used: sql`${coachingUsage.used} + 1` },
        ...(limit !== null ? { setWhere: sql`${coachingUsage.used} < ${limit}` } : {}),
      })
      .returning({ used: coachingUsage.used });
    if (!counted) return { ok: false, used: limit ?? 0 } as const;
    const [row] = await tx
      .insert(coachingSessions)
      .values({ id: randomUUID(), status: 'IN_PROGRESS', safetyFiltered: false, ...session })
      .returning();
    if (!row) throw new Error('coaching session insert returned no row');
    const started = await publish(tx, {
      type: 'rise.coaching_started',
      source: 'rise',
      occurredAt: row.startedAt,
      payload: { userId: row.userId, sessionId: row.id },
    });
    return { ok: true, session: row, startedEventId: started.eventId } as const;
  });
}

export interface SessionCompletion {
  reply: string;
  record: CompletionRecord;
  safetyFiltered: boolean;
  completedAt: Date;
  /** The user's message, if any, and the coach's reply. */
  messageCount: number;
  startedEventId: string;
}

/** Stores the coach's reply and publishes `ai.completion_recorded` and `rise.coaching_completed` with it. */
export async function completeSession(db: Database, session: CoachingSessionRow, completion: SessionCompletion): Promise<CoachingSessionRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(coachingSessions)
      .set({ status: 'COMPLETED', reply: completion.reply, completionId: completion.record.completionId, safetyFiltered: completion.safetyFiltered, completedAt: completion.completedAt })
      .where(eq(coachingSessions.id, session.id))
      .returning();
    if (!row) throw new Error('coaching session vanished before completion');
    const meta = { source: 'rise', causationId: completion.startedEventId };
    await publishCompletion(tx, completion.record, meta);
    await publish(tx, {
      type: 'rise.coaching_completed',
      ...meta,
      occurredAt: completion.completedAt,
      payload: {
        userId: row.userId,
        sessionId: row.id,
        durationMs: Math.max(0, completion.completedAt.getTime() - row.startedAt.getTime()),
        messageCount: completion.messageCount,
      },
    });
    return row;
  });
}

/** Marks a session the coach could not answer as failed and gives its quota unit back. */
export async function failSession(db: Database, session: CoachingSessionRow, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(coachingSessions).set({ status: 'FAILED', completedAt: at }).where(eq(coachingSessions.id, session.id));
    await tx
      .update(coachingUsage)
      .set({ used: sql`${coachingUsage.used} - 1` })
      .where(and(eq(coachingUsage.userId, session.userId), eq(coachingUsage.period, session.quotaPeriod), gt(coachingUsage.used, 0)));
  });
}

/** Sessions counted for each `user|period` key, 0 where none. */
export async function usageOf(db: Database, keys: readonly { userId: string; period: string }[]): Promise<number[]> {
  const rows = await db
    .select()
    .from(coachingUsage)
    .where(or(...keys.map((key) => and(eq(coachingUsage.userId, key.userId), eq(coachingUsage.period, key.period)))));
  return keys.map((key) => rows.find((row) => row.userId === key.userId && row.period === key.period)?.used ?? 0);
}

/** The `limit` newest sessions of each user, newest first. */
export async function newestCoachingSessions(db: Database, userIds: readonly string[], limit: number): Promise<CoachingSessionRow[][]> {
  const ids = newestIds(db, coachingSessions, { id: coachingSessions.id, userId: coachingSessions.userId, at: coachingSessions.startedAt }, userIds, limit);
  const rows = await db.select().from(coachingSessions).where(inArray(coachingSessions.id, ids)).orderBy(desc(coachingSessions.startedAt), desc(coachingSessions.id));
  return groupByUser(rows, userIds);
}
