import { bigint, boolean, index, integer, pgSchema, real, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const agents = pgSchema('agents');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row per `ai.completion_recorded`: metrics and ids only, never text. */
export const completions = agents.table(
  'completions',
  {
    completionId: uuid('completion_id').primaryKey(),
    task: text('task').notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    variant: text('variant'),
    tier: text('tier'),
    /** The subgraph that ran the completion. */
    source: text('source').notNull(),
    tokensIn: integer('tokens_in').notNull(),
    tokensOut: integer('tokens_out').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    grounding: real('grounding'),
    fallbackReason: text('fallback_reason'),
    occurredAt: timestamptz('occurred_at').notNull(),
  },
  (table) => [index('completions_occurred_at_idx').on(table.occurredAt), index('completions_task_variant_idx').on(table.task, table.variant)],
);

/**
 * One rating per user and completion, the latest kept, from users who grant the `analytics`
 * consent when the flywheel applies it. `userId` is cleared when the user withdraws the
 * consent or is erased: the rating stays as an anonymous figure.
 */
export const feedback = agents.table(
  'feedback',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    completionId: uuid('completion_id').notNull(),
    userId: uuid('user_id'),
    rating: smallint('rating').notNull(),
    reason: text('reason'),
    givenAt: timestamptz('given_at').notNull(),
  },
  (table) => [uniqueIndex('feedback_completion_id_user_id_idx').on(table.completionId, table.userId), index('feedback_user_id_idx').on(table.userId)],
);

/** The latest `analytics` decision of each user, from `user.consent_changed`: the flywheel keeps ratings only while it is granted. */
export const analyticsConsents = agents.table('analytics_consents', {
  userId: uuid('user_id').primaryKey(),
  granted: boolean('granted').notNull(),
  decidedAt: timestamptz('decided_at').notNull(),
});

export type CompletionRow = typeof completions.$inferSelect;
export type FeedbackRow = typeof feedback.$inferSelect;
