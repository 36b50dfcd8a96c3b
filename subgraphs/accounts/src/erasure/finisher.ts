import { and, asc, eq, isNull } from 'drizzle-orm';
import { pseudonymiseAuditSubject } from '@phoenix/audit';
import type { DatabaseHandle, Transaction } from '@phoenix/db';
import { ERASURE_PARTICIPANTS, erasureComplete, erasureReportsOf, eventLog, pseudonymiseUserEvents, wakeLoop } from '@phoenix/events';
import { createLogger, type Logger } from '@phoenix/logger';
import { erasures } from '../db/erasure-schema.js';

/**
 * A further pseudonymisation run when an erasure finishes, in its transaction, after the
 * event log's: e.g. the audit trail's `pseudonymiseAuditSubject`.
 */
export type ErasureFinisherStep = (tx: Transaction, userId: string, pseudonym: string) => Promise<unknown>;

/** What every erasure needs besides the event log: the audit trail names the user by the pseudonym too. */
export const DEFAULT_ERASURE_FINISHERS: readonly ErasureFinisherStep[] = [pseudonymiseAuditSubject];

export interface ErasureFinisherOptions {
  database: DatabaseHandle;
  /** Run in order after the event log is pseudonymised; default {@link DEFAULT_ERASURE_FINISHERS}. */
  finishers?: readonly ErasureFinisherStep[];
  logger?: Logger;
  /** Fallback poll when no NOTIFY arrives; default 5 s. */
  pollIntervalMs?: number;
}

export interface ErasureFinisher {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Finishes every erasure that is ready now; returns how many. For tests and tools. */
  runOnce(): Promise<number>;
}

// Pending erasures are few (a participant that is down holds them back); this bounds one scan.
const SCAN_LIMIT = 1000;

/**
 * The worker that completes erasures: once every participant has reported an erasure, it
 * pseudonymises the event log for that user (their id becomes the erasure's pseudonym), runs
 * the further `finishers` (the audit trail's pseudonymisation), and sets `finished_at`, all in one transaction. Its only state is
 * in the database, so it resumes after a restart; the erasure row is locked with SKIP LOCKED,
 * so two replicas never finish the same erasure. It wakes on the events channel (reports and
 * events) and polls as a fallback.
 */
export function createErasureFinisher(options: ErasureFinisherOptions): ErasureFinisher {
  const { database } = options;
  const logger = options.logger ?? createLogger('accounts', 'silent');
  const finishers = options.finishers ?? DEFAULT_ERASURE_FINISHERS;
  const pollIntervalMs = options.pollIntervalMs ?? 5000;

  async function readyErasures(): Promise<string[]> {
    const pending = await database.db
      .select({ id: erasures.id })
      .from(erasures)
      .where(isNull(erasures.finishedAt))
      .orderBy(asc(erasures.requestedAt))
      .limit(SCAN_LIMIT);
    const reports = await erasureReportsOf(
      database.db,
      pending.map((row) => row.id),
    );
    return pending.map((row) => row.id).filter((id) => (reports.get(id) ?? []).length >= ERASURE_PARTICIPANTS.length);
  }

  async function finish(id: string): Promise<boolean> {
    return database.db.transaction(async (tx) => {
      const [erasure] = await tx
        .select()
        .from(erasures)
        .where(and(eq(erasures.id, id), isNull(erasures.finishedAt)))
        .for('update', { skipLocked: true });
      if (!erasure || !(await erasureComplete(tx, id))) return false;
      const [event] = await tx
        .select({ payload: eventLog.payload })
        .from(eventLog)
        .where(and(eq(eventLog.eventId, id), eq(eventLog.type, 'user.deleted')));
      const userId = (event?.payload as { userId?: unknown } | undefined)?.userId;
      if (typeof userId !== 'string') throw new Error('the erasure has no user.deleted event in the log');
      const events = await pseudonymiseUserEvents(tx, userId, erasure.pseudonym);
      for (const step of finishers) await step(tx, userId, erasure.pseudonym);
      await tx.update(erasures).set({ finishedAt: new Date() }).where(eq(erasures.id, id));
      logger.info({ erasureId: id, events }, 'erasure finished');
      return true;
    });
  }

  async function runOnce(): Promise<number> {
    let finished = 0;
    for (const id of await readyErasures()) {
      if (loop.stopping()) break;
      try {
        if (await finish(id)) finished += 1;
      } catch (error) {
        // Retried on the next wake or poll; one failing erasure does not hold back the others.
        logger.error({ erasureId: id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'erasure finishing failed');
      }
    }
    return finished;
  }

  async function pass(): Promise<number> {
    try {
      await runOnce();
    } catch (error) {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'erasure finisher scan failed');
    }
    return pollIntervalMs;
  }
  const loop = wakeLoop({ database, pass });

  return {
    async start() {
      await loop.start();
      logger.info({ worker: 'accounts.erasure-finisher' }, 'erasure finisher started');
    },
    stop: () => loop.stop(),
    runOnce,
  };
}
