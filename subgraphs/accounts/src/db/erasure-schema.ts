import { sql } from 'drizzle-orm';
import { boolean, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accountsSchema } from './schema.js';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * One row per account erasure, kept as its record. Its id is the `user.deleted` event's id;
 * it never holds the user's id: `pseudonym` is the random id that replaces it in aggregates
 * and, once every subgraph has reported, in the event log.
 */
export const erasures = accountsSchema.table(
  'erasures',
  {
    id: uuid('id').primaryKey(),
    pseudonym: uuid('pseudonym').notNull(),
    /** `user` (deleteMyAccount) or `admin` (eraseUser). */
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamptz('requested_at').notNull().defaultNow(),
    /**
     * Whether the user granted `analytics` when erased: their pseudonymous events still count
     * in the funnel and cohorts, including when those projections are rebuilt from the log.
     */
    analyticsConsented: boolean('analytics_consented').notNull().default(false),
    /** When the event log and audit trail were pseudonymised, after every subgraph reported. */
    finishedAt: timestamptz('finished_at'),
  },
  // The finisher scans the unfinished ones on every wake; finished erasures pile up for ever.
  (table) => [index('erasures_unfinished_idx').on(table.requestedAt).where(sql`${table.finishedAt} is null`)],
);

export type ErasureRow = typeof erasures.$inferSelect;
