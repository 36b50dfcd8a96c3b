import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, DatabaseHandle, Transaction } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { createConsumer, type Consumer } from './consumer.js';
import type { EventEnvelope } from './envelope.js';
import { EVENTS_CHANNEL } from './publish.js';
import { consumerOffsets, erasureReports, type ErasureReportRow } from './store/schema.js';

/** Every subgraph that holds personal data and must report before an erasure is complete. */
export const ERASURE_PARTICIPANTS = ['accounts', 'aube', 'letters', 'rise', 'iris', 'billing', 'agents'] as const;
export type ErasureParticipant = (typeof ERASURE_PARTICIPANTS)[number];

/** Rows deleted or pseudonymised for the user, by table (`<schema>.<table>`). */
export type ErasedRows = Record<string, number>;

export interface ErasureRequest {
  userId: string;
  event: EventEnvelope<'user.deleted'>;
  /** The consumer's transaction: the erasure and its report commit together. */
  tx: Transaction;
}

export interface ErasureConsumerOptions {
  subgraph: ErasureParticipant;
  database: DatabaseHandle;
  /** Deletes or pseudonymises the user's rows; must change nothing on a second delivery. */
  erase(request: ErasureRequest): Promise<ErasedRows>;
  /**
   * Consumers of this subgraph that project events about users (consents, tiers, ratings): the
   * erasure waits until each has applied the log up to the deletion, so none of the user's
   * earlier events re-creates a row after it.
   */
  after?: readonly string[];
  logger?: Logger;
  /** For tests; default 5 s. */
  pollIntervalMs?: number;
}

/** A projection has not yet applied every event before a deletion: the erasure is retried later. */
export class ProjectionBehindError extends Error {
  constructor(consumer: string, position: number) {
    super(`${consumer} has not yet applied the events before position ${position}; the erasure waits for it`);
    this.name = 'ProjectionBehindError';
  }
}

// An erasure is a legal obligation: it is retried until it succeeds, never dead-lettered.
const NEVER_GIVE_UP = Number.MAX_SAFE_INTEGER;

/**
 * The consumer named `<subgraph>.erasure` that applies `user.deleted`: the subgraph's `erase`
 * and its line in `events.erasure_reports`, in one transaction. A failure (Stripe unreachable,
 * a lock) is retried with backoff up to one minute apart, for as long as it takes.
 */
export function createErasureConsumer(options: ErasureConsumerOptions): Consumer {
  const { subgraph } = options;
  return createConsumer({
    name: `${subgraph}.erasure`,
    database: options.database,
    types: ['user.deleted'],
    maxAttempts: NEVER_GIVE_UP,
    backoff: { initialMs: 500, maxMs: 60_000 },
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.pollIntervalMs ? { pollIntervalMs: options.pollIntervalMs } : {}),
    handle: async (event, tx) => {
      if (event.type !== 'user.deleted') return;
      for (const consumer of options.after ?? []) await requireConsumerPast(tx, consumer, event.position);
      const rows = await options.erase({ userId: event.payload.userId, event, tx });
      await recordErasureReport(tx, event.eventId, subgraph, rows);
    },
  });
}

async function requireConsumerPast(tx: Transaction, consumer: string, position: number): Promise<void> {
  const [offset] = await tx.select({ position: consumerOffsets.position }).from(consumerOffsets).where(eq(consumerOffsets.consumer, consumer));
  if (!offset || offset.position < position) throw new ProjectionBehindError(consumer, position);
}

/**
 * Records what a participant did for one `user.deleted` event; the first report stands. For a
 * participant that erases in the transaction publishing the event (accounts) rather than in a consumer.
 */
export async function recordErasureReport(tx: Transaction, eventId: string, subgraph: ErasureParticipant, rows: ErasedRows): Promise<void> {
  await tx.insert(erasureReports).values({ eventId, subgraph, rows }).onConflictDoNothing();
  // Wakes the accounts finisher, which listens on the events channel, when the report commits.
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, 'erasure_report')`);
}

/** The participants' reports for these `user.deleted` events, by event id. */
export async function erasureReportsOf(db: Database | Transaction, eventIds: readonly string[]): Promise<Map<string, ErasureReportRow[]>> {
  const byEvent = new Map<string, ErasureReportRow[]>(eventIds.map((id) => [id, []]));
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select()
    .from(erasureReports)
    .where(inArray(erasureReports.eventId, [...eventIds]))
    .orderBy(asc(erasureReports.subgraph));
  for (const row of rows) byEvent.get(row.eventId)?.push(row);
  return byEvent;
}

/** Whether every participant has reported the erasure of this event. */
export async function erasureComplete(db: Database | Transaction, eventId: string): Promise<boolean> {
  const rows = await db
    .select({ subgraph: erasureReports.subgraph })
    .from(erasureReports)
    .where(and(eq(erasureReports.eventId, eventId), inArray(erasureReports.subgraph, [...ERASURE_PARTICIPANTS])));
  return rows.length === ERASURE_PARTICIPANTS.length;
}
