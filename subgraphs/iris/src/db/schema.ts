import { type AnyPgColumn, boolean, index, integer, pgSchema, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { TOPIC_IDS } from '../domain/topics.js';

export const iris = pgSchema('iris');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const TIERS = ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] as const;

/** A conversation with Iris; its topic is the one it was started with. */
export const conversations = iris.table(
  'conversations',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    topic: text('topic', { enum: TOPIC_IDS }).notNull(),
    createdAt: timestamptz('created_at').notNull(),
    lastMessageAt: timestamptz('last_message_at').notNull(),
  },
  (table) => [index('conversations_user_id_last_message_at_idx').on(table.userId, table.lastMessageAt)],
);

export const MESSAGE_STATUSES = ['pending', 'streaming', 'completed', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export const REPLY_FAILURES = ['AI_INPUT_BLOCKED', 'GENERATION_FAILED', 'TOO_MANY_ATTEMPTS'] as const;
export type ReplyFailure = (typeof REPLY_FAILURES)[number];

/**
 * The user's messages and Iris's replies. A reply is also a durable job: `pending` until a
 * worker claims it, `streaming` while a worker holds its lease, then `completed` or `failed`.
 * A reply belongs to the message it answers and goes with it.
 */
export const messages = iris.table(
  'messages',
  {
    id: uuid('id').primaryKey(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: ['user', 'assistant'] }).notNull(),
    topic: text('topic', { enum: TOPIC_IDS }).notNull(),
    /** The user's text, or the reply's full text once completed. */
    text: text('text'),
    replyTo: uuid('reply_to').references((): AnyPgColumn => messages.id, { onDelete: 'cascade' }),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    failure: text('failure', { enum: REPLY_FAILURES }),
    completionId: uuid('completion_id'),
    /** The sender's tier when the message was sent: it sets the history the reply reads. */
    tier: text('tier', { enum: TIERS }).notNull(),
    /** The local day the message was counted in (`YYYY-MM-DD`); a failed reply gives it back. */
    quotaDay: text('quota_day'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    leaseUntil: timestamptz('lease_until'),
    /** `iris.message_sent` of the question, the cause of `iris.reply_completed`. */
    sentEventId: uuid('sent_event_id'),
    /** When the message was sent, by the service's clock (quota day, retention, history order). */
    createdAt: timestamptz('created_at').notNull(),
    /** Database time from here on: the reply's timings compare these, whichever replica wrote them. */
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    startedAt: timestamptz('started_at'),
    firstChunkAt: timestamptz('first_chunk_at'),
    completedAt: timestamptz('completed_at'),
    /** When a subscriber received the reply's final chunk; until then a new subscriber gets it replayed. */
    deliveredAt: timestamptz('delivered_at'),
  },
  (table) => [
    index('messages_conversation_id_created_at_idx').on(table.conversationId, table.createdAt),
    index('messages_user_id_created_at_idx').on(table.userId, table.createdAt),
    index('messages_status_lease_until_idx').on(table.status, table.leaseUntil),
  ],
);

/**
 * The chunks of a reply as they were streamed, numbered from 0 without gaps. A `restart`
 * chunk tells subscribers to discard the text so far (the chunks before it are deleted).
 */
export const replyChunks = iris.table(
  'reply_chunks',
  {
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    delta: text('delta').notNull(),
    restart: boolean('restart').notNull().default(false),
    done: boolean('done').notNull().default(false),
    failure: text('failure', { enum: REPLY_FAILURES }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.messageId, table.seq] })],
);

/** Messages counted per user and local day: the quota's atomic counter. */
export const dailyUsage = iris.table(
  'daily_usage',
  {
    userId: uuid('user_id').notNull(),
    day: text('day').notNull(),
    used: integer('used').notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.day] })],
);

/** The latest tier known for a user (from their messages and `user.tier_changed`): it sets how long history is kept. */
export const userTiers = iris.table('user_tiers', {
  userId: uuid('user_id').primaryKey(),
  tier: text('tier', { enum: TIERS }).notNull(),
  observedAt: timestamptz('observed_at').notNull(),
});

/** The latest `cross_app_context` decision of each user, from `user.consent_changed`. */
export const crossAppConsents = iris.table('cross_app_consents', {
  userId: uuid('user_id').primaryKey(),
  granted: boolean('granted').notNull(),
  decidedAt: timestamptz('decided_at').notNull(),
});

/**
 * The latest `analytics` decision of each user, from `user.consent_changed`: reply analytics
 * are kept only for users who grant it when their reply completes.
 */
export const analyticsConsents = iris.table('analytics_consents', {
  userId: uuid('user_id').primaryKey(),
  granted: boolean('granted').notNull(),
  decidedAt: timestamptz('decided_at').notNull(),
});

/** The latest Aube resilience score of each user, from `aube.resilience_scored`. */
export const aubeScores = iris.table('aube_scores', {
  userId: uuid('user_id').primaryKey(),
  explorationId: uuid('exploration_id').notNull(),
  romeCode: text('rome_code'),
  score: smallint('score').notNull(),
  evolutionType: text('evolution_type').notNull(),
  threatLevel: text('threat_level').notNull(),
  scoredAt: timestamptz('scored_at').notNull(),
});

/** Letters written with Letters, from `letters.letter_generated` (ids and counts, never text). */
export const lettersGenerated = iris.table(
  'letters_generated',
  {
    letterId: uuid('letter_id').primaryKey(),
    userId: uuid('user_id').notNull(),
    tone: text('tone').notNull(),
    wordCount: integer('word_count').notNull(),
    generatedAt: timestamptz('generated_at').notNull(),
  },
  (table) => [index('letters_generated_user_id_idx').on(table.userId)],
);

/** Mood and confidence from Rise's journal (`rise.mood_logged`), kept 30 days, for the trend. */
export const moodEntries = iris.table(
  'mood_entries',
  {
    entryId: uuid('entry_id').primaryKey(),
    userId: uuid('user_id').notNull(),
    mood: smallint('mood').notNull(),
    confidence: smallint('confidence').notNull(),
    loggedAt: timestamptz('logged_at').notNull(),
  },
  (table) => [index('mood_entries_user_id_logged_at_idx').on(table.userId, table.loggedAt)],
);

/**
 * One row per reply of a user who grants the `analytics` consent, without any text: a
 * pseudonymous user hash (HMAC with the configured pepper; set to null when the user
 * withdraws the consent or is erased), lengths and timings.
 */
export const replyAnalytics = iris.table(
  'reply_analytics',
  {
    messageId: uuid('message_id').primaryKey(),
    userHash: text('user_hash'),
    topic: text('topic', { enum: TOPIC_IDS }).notNull(),
    tier: text('tier', { enum: TIERS }).notNull(),
    status: text('status', { enum: ['completed', 'failed'] }).notNull(),
    messageLength: integer('message_length').notNull(),
    replyLength: integer('reply_length').notNull(),
    chunkCount: integer('chunk_count').notNull(),
    historyTurns: integer('history_turns').notNull(),
    usedCrossAppContext: boolean('used_cross_app_context').notNull(),
    attempts: integer('attempts').notNull(),
    /** From the message being sent to the first chunk stored. */
    firstChunkMs: integer('first_chunk_ms'),
    /** From the message being sent to the reply being complete. */
    latencyMs: integer('latency_ms').notNull(),
    recordedAt: timestamptz('recorded_at').notNull(),
  },
  (table) => [index('reply_analytics_user_hash_idx').on(table.userHash), index('reply_analytics_recorded_at_idx').on(table.recordedAt)],
);

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type ReplyChunkRow = typeof replyChunks.$inferSelect;
export type AubeScoreRow = typeof aubeScores.$inferSelect;
export type MoodEntryRow = typeof moodEntries.$inferSelect;
