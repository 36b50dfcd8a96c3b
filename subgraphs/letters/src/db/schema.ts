import { boolean, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { AtsResult } from '../domain/ats.js';
import type { CoachResult } from '../domain/coach.js';
import type { CultureReading } from '../domain/culture.js';
import type { CareerChange } from '../domain/inputs.js';

export const letters = pgSchema('letters');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const toneEnum = letters.enum('tone', ['formel', 'dynamique', 'sobre', 'creatif', 'startup', 'associatif']);
export const versionOriginEnum = letters.enum('version_origin', ['GENERATED', 'REGENERATED', 'EDITED']);
export const analysisKindEnum = letters.enum('analysis_kind', ['ats', 'mirror', 'coach']);

/**
 * One row per letter: the inputs it was written from (kept to regenerate, analyse and coach
 * it) and a copy of its current version, so listing letters needs no join.
 */
export const letterRows = letters.table(
  'letters',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id').notNull(),
    jobTitle: text('job_title').notNull(),
    company: text('company').notNull(),
    cvText: text('cv_text').notNull(),
    offerText: text('offer_text').notNull(),
    candidateName: text('candidate_name'),
    careerChange: jsonb('career_change').$type<CareerChange>(),
    currentVersion: integer('current_version').notNull(),
    tone: toneEnum('tone').notNull(),
    text: text('text').notNull(),
    completionId: uuid('completion_id'),
    usesAube: boolean('uses_aube').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [index('letters_user_id_idx').on(table.userId, table.createdAt)],
);

/** Every version of every letter; a generation or an edit adds one, none is ever changed. */
export const letterVersions = letters.table(
  'letter_versions',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => letterRows.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    origin: versionOriginEnum('origin').notNull(),
    tone: toneEnum('tone').notNull(),
    text: text('text').notNull(),
    wordCount: integer('word_count').notNull(),
    completionId: uuid('completion_id'),
    usesAube: boolean('uses_aube').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.letterId, table.number] })],
);

/** ATS analyses, culture readings and coaching, with their full result. */
export const analyses = letters.table(
  'analyses',
  {
    id: uuid('id').primaryKey(),
    userId: text('user_id').notNull(),
    letterId: uuid('letter_id').references(() => letterRows.id, { onDelete: 'cascade' }),
    letterVersion: integer('letter_version'),
    kind: analysisKindEnum('kind').notNull(),
    score: integer('score'),
    result: jsonb('result').$type<AtsResult | CoachResult | (CultureReading & { company: string })>().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [index('analyses_letter_id_idx').on(table.letterId, table.kind, table.createdAt), index('analyses_user_id_idx').on(table.userId)],
);

/**
 * Letters generated per user and calendar month. The quota is taken by one conditional
 * upsert on this row, in the transaction that stores the letter, so parallel requests
 * cannot go past the limit.
 */
export const monthlyUsage = letters.table(
  'monthly_usage',
  {
    userId: text('user_id').notNull(),
    /** `YYYY-MM` in the quota's time zone. */
    month: text('month').notNull(),
    used: integer('used').notNull().default(0),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.month] })],
);

/** The `cross_app_context` consent of each user, projected from `user.consent_changed` events. */
export const crossAppConsents = letters.table('cross_app_consents', {
  userId: text('user_id').primaryKey(),
  granted: boolean('granted').notNull(),
  /** When the user decided (the event's time); an older decision never overwrites a newer one. */
  decidedAt: timestamptz('decided_at').notNull(),
});

export type LetterRow = typeof letterRows.$inferSelect;
export type LetterVersionRow = typeof letterVersions.$inferSelect;
export type AnalysisRow = typeof analyses.$inferSelect;
