import { boolean, date, index, integer, pgSchema, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const rise = pgSchema('rise');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Journal entries: mood and confidence 1–10 and optional notes (the notes never leave Rise, except to the coach). */
export const journalEntries = rise.table(
  'journal_entries',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    mood: smallint('mood').notNull(),
    confidence: smallint('confidence').notNull(),
    notes: text('notes'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (table) => [index('journal_entries_user_id_created_at_idx').on(table.userId, table.createdAt)],
);

/** Goals; `completedAt` is set when the last of their milestones is completed. */
export const goals = rise.table(
  'goals',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    title: text('title').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    createdAt: timestamptz('created_at').notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [index('goals_user_id_idx').on(table.userId)],
);

/** The steps of a goal, in the order the user gave them. `userId` repeats the goal's owner for ownership checks and erasure. */
export const milestones = rise.table(
  'milestones',
  {
    id: uuid('id').primaryKey(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    title: text('title').notNull(),
    position: smallint('position').notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [index('milestones_goal_id_idx').on(table.goalId), index('milestones_user_id_idx').on(table.userId)],
);

/** Small daily actions (kaizen), each planned for one local day. */
export const dailyActions = rise.table(
  'daily_actions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    goalId: uuid('goal_id').references(() => goals.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    createdAt: timestamptz('created_at').notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [index('daily_actions_user_id_day_idx').on(table.userId, table.day)],
);

/** Breathing and meditation sessions with their duration. */
export const practiceSessions = rise.table(
  'practice_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind', { enum: ['BREATHING', 'MEDITATION'] }).notNull(),
    durationSeconds: integer('duration_seconds').notNull(),
    createdAt: timestamptz('created_at').notNull(),
  },
  (table) => [index('practice_sessions_user_id_created_at_idx').on(table.userId, table.createdAt)],
);

/** Coaching sessions with the AI coach: the user's message, the coach's full reply, and what shaped it. */
export const coachingSessions = rise.table(
  'coaching_sessions',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    status: text('status', { enum: ['IN_PROGRESS', 'COMPLETED', 'FAILED'] }).notNull(),
    message: text('message'),
    reply: text('reply'),
    completionId: uuid('completion_id'),
    burnoutRisk: text('burnout_risk', { enum: ['LOW', 'MODERATE', 'HIGH', 'UNKNOWN'] }).notNull(),
    /** Why the human-help notice was added; empty when it was not. */
    humanHelpReasons: text('human_help_reasons').array().notNull(),
    /** True when the medical-advice guard removed or replaced part of the reply. */
    safetyFiltered: boolean('safety_filtered').notNull().default(false),
    /** The quota period (`YYYY-MM`, local month) the session was counted in. */
    quotaPeriod: text('quota_period').notNull(),
    startedAt: timestamptz('started_at').notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (table) => [index('coaching_sessions_user_id_started_at_idx').on(table.userId, table.startedAt)],
);

/** Coaching sessions counted per user and local calendar month: the quota's atomic counter. */
export const coachingUsage = rise.table(
  'coaching_usage',
  {
    userId: uuid('user_id').notNull(),
    period: text('period').notNull(),
    used: integer('used').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.period] })],
);

export type JournalEntryRow = typeof journalEntries.$inferSelect;
export type GoalRow = typeof goals.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type DailyActionRow = typeof dailyActions.$inferSelect;
export type PracticeSessionRow = typeof practiceSessions.$inferSelect;
export type CoachingSessionRow = typeof coachingSessions.$inferSelect;
