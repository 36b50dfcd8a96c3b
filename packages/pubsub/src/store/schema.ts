import { index, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The Postgres schema the pub/sub owns. */
export const pubsubSchema = pgSchema('pubsub');

/**
 * Payloads too large for a NOTIFY (8000 bytes): the publisher stores them here and notifies
 * their id; receivers load them. Rows are pruned after a few minutes.
 */
export const pubsubMessages = pubsubSchema.table(
  'messages',
  {
    id: uuid('id').primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('messages_created_at_idx').on(table.createdAt)],
);
