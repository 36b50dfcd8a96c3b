import { bigint, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** The Postgres schema the events library owns; no subgraph writes to it directly. */
export const eventsSchema = pgSchema('events');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
// Positions stay far below 2^53, so plain numbers are safe and simpler than bigint.
const position = (name: string) => bigint(name, { mode: 'number' });

/** The append-only event log, which is also every producer's outbox. */
export const eventLog = eventsSchema.table(
  'log',
  {
    /** Global order; equal to commit order because appends take a transaction lock (publish.ts). */
    position: position('position').primaryKey().generatedAlwaysAsIdentity(),
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    /** The user (or other aggregate) the event is about. */
    streamId: text('stream_id').notNull(),
    /** The subgraph that published it. */
    source: text('source').notNull(),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    correlationId: text('correlation_id'),
    causationId: text('causation_id'),
    payload: jsonb('payload').$type<unknown>().notNull(),
  },
  (table) => [
    uniqueIndex('log_event_id_idx').on(table.eventId),
    index('log_stream_id_idx').on(table.streamId, table.position),
    index('log_type_idx').on(table.type, table.position),
    index('log_occurred_at_idx').on(table.occurredAt),
  ],
);

/**
 * One row per named consumer: the last position it applied, and the failures of the event
 * right after it (reset whenever the offset moves).
 */
export const consumerOffsets = eventsSchema.table('consumer_offsets', {
  consumer: text('consumer').primaryKey(),
  position: position('position').notNull().default(0),
  attempts: integer('attempts').notNull().default(0),
  retryAt: timestamptz('retry_at'),
  lastError: text('last_error'),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** Events a consumer gave up on after its last attempt; retried or dropped by command. */
export const deadLetters = eventsSchema.table(
  'dead_letters',
  {
    id: position('id').primaryKey().generatedAlwaysAsIdentity(),
    consumer: text('consumer').notNull(),
    eventId: uuid('event_id').notNull(),
    position: position('position').notNull(),
    type: text('type').notNull(),
    attempts: integer('attempts').notNull(),
    lastError: text('last_error').notNull(),
    failedAt: timestamptz('failed_at').notNull().defaultNow(),
    /** Set by the retry command; the consumer picks the event up again and clears it. */
    retryRequestedAt: timestamptz('retry_requested_at'),
  },
  (table) => [
    uniqueIndex('dead_letters_consumer_event_id_idx').on(table.consumer, table.eventId),
    index('dead_letters_retry_requested_at_idx').on(table.consumer, table.retryRequestedAt),
  ],
);

export type EventLogRow = typeof eventLog.$inferSelect;
export type ConsumerOffsetRow = typeof consumerOffsets.$inferSelect;
export type DeadLetterRow = typeof deadLetters.$inferSelect;

/**
 * What each subgraph's erasure consumer did for one `user.deleted` event: rows deleted or
 * pseudonymised per table. Holds no user id, so it outlives the erasure as its proof.
 */
export const erasureReports = eventsSchema.table(
  'erasure_reports',
  {
    /** The `user.deleted` event. */
    eventId: uuid('event_id').notNull(),
    subgraph: text('subgraph').notNull(),
    rows: jsonb('rows').$type<Record<string, number>>().notNull(),
    completedAt: timestamptz('completed_at').notNull().defaultNow(),
  },
  (table) => [primaryKey({ name: 'erasure_reports_pk', columns: [table.eventId, table.subgraph] })],
);

export type ErasureReportRow = typeof erasureReports.$inferSelect;
