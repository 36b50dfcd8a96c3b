import { asc, desc, eq } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { coachingSessions, coachingUsage, dailyActions, goals, journalEntries, milestones, practiceSessions, type MilestoneRow } from '../db/schema.js';
import { isUuid } from '../domain/inputs.js';

type Executor = Database | Transaction;

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

/**
 * Everything Rise holds about a user, for the right of access: journal entries with their
 * notes, goals with their milestones, daily actions, practice sessions, coaching sessions
 * with the user's message and the coach's reply, and the coaching usage. Newest first,
 * except a goal's milestones, which keep the user's order.
 */
export async function riseSection(db: Executor, userId: string) {
  // Accounts' ids are UUIDs; another id has no Rise row (and must not reach a uuid column).
  const [journal, goalRows, milestoneRows, actions, practice, coaching, usage] = isUuid(userId) ? await rowsOf(db, userId) : NO_ROWS;
  const milestonesOfGoal = new Map<string, MilestoneRow[]>();
  for (const row of milestoneRows) milestonesOfGoal.set(row.goalId, [...(milestonesOfGoal.get(row.goalId) ?? []), row]);
  return {
    journalEntries: journal.map((entry) => ({ id: entry.id, mood: entry.mood, confidence: entry.confidence, notes: entry.notes, createdAt: entry.createdAt.toISOString() })),
    goals: goalRows.map((goal) => ({
      id: goal.id,
      title: goal.title,
      targetDate: goal.targetDate,
      createdAt: goal.createdAt.toISOString(),
      completedAt: iso(goal.completedAt),
      milestones: (milestonesOfGoal.get(goal.id) ?? []).map((milestone) => ({
        id: milestone.id,
        title: milestone.title,
        position: milestone.position,
        completedAt: iso(milestone.completedAt),
      })),
    })),
    dailyActions: actions.map((action) => ({
      id: action.id,
      title: action.title,
      day: action.day,
      goalId: action.goalId,
      createdAt: action.createdAt.toISOString(),
      completedAt: iso(action.completedAt),
    })),
    practiceSessions: practice.map((session) => ({ id: session.id, kind: session.kind, durationSeconds: session.durationSeconds, createdAt: session.createdAt.toISOString() })),
    coachingSessions: coaching.map((session) => ({
      id: session.id,
      status: session.status,
      message: session.message,
      reply: session.reply,
      completionId: session.completionId,
      burnoutRisk: session.burnoutRisk,
      humanHelpReasons: [...session.humanHelpReasons],
      safetyFiltered: session.safetyFiltered,
      quotaPeriod: session.quotaPeriod,
      startedAt: session.startedAt.toISOString(),
      completedAt: iso(session.completedAt),
    })),
    coachingUsage: usage.map((row) => ({ period: row.period, sessions: row.used })),
  };
}

export type RiseSection = Awaited<ReturnType<typeof riseSection>>;

function rowsOf(db: Executor, userId: string) {
  return Promise.all([
    db.select().from(journalEntries).where(eq(journalEntries.userId, userId)).orderBy(desc(journalEntries.createdAt), desc(journalEntries.id)),
    db.select().from(goals).where(eq(goals.userId, userId)).orderBy(desc(goals.createdAt), desc(goals.id)),
    db.select().from(milestones).where(eq(milestones.userId, userId)).orderBy(asc(milestones.goalId), asc(milestones.position)),
    db.select().from(dailyActions).where(eq(dailyActions.userId, userId)).orderBy(desc(dailyActions.day), desc(dailyActions.createdAt), desc(dailyActions.id)),
    db.select().from(practiceSessions).where(eq(practiceSessions.userId, userId)).orderBy(desc(practiceSessions.createdAt), desc(practiceSessions.id)),
    db.select().from(coachingSessions).where(eq(coachingSessions.userId, userId)).orderBy(desc(coachingSessions.startedAt), desc(coachingSessions.id)),
    db.select().from(coachingUsage).where(eq(coachingUsage.userId, userId)).orderBy(desc(coachingUsage.period)),
  ]);
}

const NO_ROWS: Awaited<ReturnType<typeof rowsOf>> = [[], [], [], [], [], [], []];
