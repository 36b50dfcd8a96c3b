import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { Backoff } from './backoff.js';
import { toEnvelope, type EventEnvelope } from './envelope.js';
import { consumerOffsets, deadLetters, eventLog, type EventLogRow } from './store/schema.js';

/**
 * Applies one event. It runs inside the consumer's transaction (a savepoint of it): make every
 * database effect through `tx` so the effect and the offset advance commit together. Never use
 * the database handle itself here: on PGlite, which has one session, that waits forever for
 * this very transaction.
 */
export type EventHandler = (event: EventEnvelope, tx: Transaction) => Promise<void>;

export interface BatchSettings {
  name: string;
  handle: EventHandler;
  /** When set, other types are skipped (the offset still moves past them). */
  types: ReadonlySet<string> | undefined;
  batchSize: number;
  maxAttempts: number;
  backoff: Backoff;
  logger: Logger;
  /** Checked between events; a stop request ends the batch after the current event. */
  stopRequested: () => boolean;
}

export interface BatchOutcome {
  /** Events the handler applied, dead-letter retries included. */
  handled: number;
  deadLettered: number;
  /** Another process holds this consumer's offset row and is processing. */
  busy: boolean;
  /** A full batch was applied: more events may be waiting now. */
  more: boolean;
  /** A failed event waits until then before its next attempt. */
  retryAt: Date | null;
}

const MAX_ERROR_LENGTH = 2000;

/**
 * Processes up to `batchSize` events after the consumer's offset in one transaction. The offset
 * row is locked with SKIP LOCKED, so two processes with the same consumer name never apply the
 * same event, and the offset advances in the transaction that made the effects. Each event runs
 * in a savepoint: a failure undoes that event only, counts an attempt, and either schedules a
 * retry (ending the batch, to keep order) or, at the last attempt, moves the event to the dead
 * letters and goes on.
 */
export async function processBatch(db: Database, settings: BatchSettings): Promise<BatchOutcome> {
  return db.transaction(async (tx) => {
    const outcome: BatchOutcome = { handled: 0, deadLettered: 0, busy: false, more: false, retryAt: null };
    const [offset] = await tx
      .select()
      .from(consumerOffsets)
      .where(eq(consumerOffsets.consumer, settings.name))
      .for('update', { skipLocked: true });
    if (!offset) return { ...outcome, busy: true };

    outcome.handled += await retryRequestedDeadLetters(tx, settings);
    if (offset.retryAt && offset.retryAt.getTime() > Date.now()) return { ...outcome, retryAt: offset.retryAt };

    const rows = await tx
      .select()
      .from(eventLog)
      .where(gt(eventLog.position, offset.position))
      .orderBy(asc(eventLog.position))
      .limit(settings.batchSize);
    const state = { position: offset.position, attempts: offset.attempts, lastError: offset.lastError, retryAt: null as Date | null };
    let stopped = false;
    for (const row of rows) {
      if (settings.stopRequested()) {
        stopped = true;
        break;
      }
      const error = settings.types && !settings.types.has(row.type) ? null : await apply(tx, settings.handle, row);
      if (error === null) {
        if (!settings.types || settings.types.has(row.type)) outcome.handled += 1;
        Object.assign(state, { position: row.position, attempts: 0, lastError: null });
        continue;
      }
      const attempts = state.attempts + 1;
      const context = { consumer: settings.name, eventId: row.eventId, type: row.type, position: row.position, attempts };
      if (attempts >= settings.maxAttempts) {
        await moveToDeadLetters(tx, settings.name, row, attempts, error);
        settings.logger.error({ ...context, error }, 'event moved to dead letters');
        outcome.deadLettered += 1;
        Object.assign(state, { position: row.position, attempts: 0, lastError: null });
        continue;
      }
      state.attempts = attempts;
      state.lastError = error;
      state.retryAt = new Date(Date.now() + settings.backoff(attempts));
      settings.logger.warn({ ...context, error, retryAt: state.retryAt.toISOString() }, 'event handler failed; will retry');
      break;
    }
    if (rows.length > 0 || offset.retryAt) {
      await tx
        .update(consumerOffsets)
        .set({ ...state, updatedAt: new Date() })
        .where(eq(consumerOffsets.consumer, settings.name));
    }
    outcome.retryAt = state.retryAt;
    outcome.more = !stopped && state.retryAt === null && rows.length === settings.batchSize;
    return outcome;
  });
}

// Returns the handler's error message, or null when it succeeded; its effects are undone on error.
async function apply(tx: Transaction, handle: EventHandler, row: EventLogRow): Promise<string | null> {
  try {
    await tx.transaction((savepoint) => handle(toEnvelope(row), savepoint));
    return null;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return message.slice(0, MAX_ERROR_LENGTH);
  }
}

async function moveToDeadLetters(tx: Transaction, consumer: string, row: EventLogRow, attempts: number, lastError: string): Promise<void> {
  const failure = { position: row.position, type: row.type, attempts, lastError, failedAt: new Date(), retryRequestedAt: null };
  await tx
    .insert(deadLetters)
    .values({ consumer, eventId: row.eventId, ...failure })
    .onConflictDoUpdate({ target: [deadLetters.consumer, deadLetters.eventId], set: failure });
}

// Dead letters the retry command marked get one more attempt each, out of log order by nature.
async function retryRequestedDeadLetters(tx: Transaction, settings: BatchSettings): Promise<number> {
  const requested = await tx
    .select({ letter: deadLetters, event: eventLog })
    .from(deadLetters)
    .innerJoin(eventLog, eq(eventLog.eventId, deadLetters.eventId))
    .where(and(eq(deadLetters.consumer, settings.name), isNotNull(deadLetters.retryRequestedAt)))
    .orderBy(asc(deadLetters.position))
    .limit(settings.batchSize);
  let handled = 0;
  for (const { letter, event } of requested) {
    const error = await apply(tx, settings.handle, event);
    const context = { consumer: settings.name, eventId: event.eventId, type: event.type, deadLetterId: letter.id };
    if (error === null) {
      await tx.delete(deadLetters).where(eq(deadLetters.id, letter.id));
      settings.logger.info(context, 'dead letter retried successfully');
      handled += 1;
    } else {
      await tx
        .update(deadLetters)
        .set({ attempts: letter.attempts + 1, lastError: error, failedAt: new Date(), retryRequestedAt: null })
        .where(eq(deadLetters.id, letter.id));
      settings.logger.error({ ...context, error }, 'dead letter retry failed');
    }
  }
  return handled;
}
