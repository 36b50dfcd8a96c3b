import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { EventsNotFoundError } from '../errors.js';
import { EVENTS_CHANNEL } from '../publish.js';
import { deadLetters, type DeadLetterRow } from '../store/schema.js';

export type DeadLetter = DeadLetterRow;

/** Dead letters, oldest position first, for one consumer or all. */
export async function listDeadLetters(db: Database, consumer?: string): Promise<DeadLetter[]> {
  return db
    .select()
    .from(deadLetters)
    .where(consumer === undefined ? undefined : eq(deadLetters.consumer, consumer))
    .orderBy(asc(deadLetters.consumer), asc(deadLetters.position));
}

/**
 * Asks the owning consumer to try a dead letter once more, and wakes it: on success the dead
 * letter is deleted, on failure it stays with one more attempt. Throws when the id is unknown.
 */
export async function retryDeadLetter(db: Database, id: number): Promise<void> {
  const count = await requestRetry(db, eq(deadLetters.id, id));
  if (count === 0) throw new EventsNotFoundError(`No dead letter with id ${id}.`);
}

/** {@link retryDeadLetter} for every dead letter of `consumer`; returns how many were requested. */
export async function retryAllDeadLetters(db: Database, consumer: string): Promise<number> {
  return requestRetry(db, eq(deadLetters.consumer, consumer));
}

/** Deletes a dead letter, giving up on that event for its consumer. Throws when the id is unknown. */
export async function dropDeadLetter(db: Database, id: number): Promise<void> {
  const dropped = await db.delete(deadLetters).where(eq(deadLetters.id, id)).returning({ id: deadLetters.id });
  if (dropped.length === 0) throw new EventsNotFoundError(`No dead letter with id ${id}.`);
}

async function requestRetry(db: Database, where: SQL): Promise<number> {
  return db.transaction(async (tx) => {
    const requested = await tx
      .update(deadLetters)
      .set({ retryRequestedAt: new Date() })
      .where(where)
      .returning({ id: deadLetters.id });
    if (requested.length > 0) await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, 'retry')`);
    return requested.length;
  });
}
