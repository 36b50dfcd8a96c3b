import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@phoenix/db';
import { createLogger, type Logger } from '@phoenix/logger';
import { metrics, trackEventConsumer } from '@phoenix/telemetry';
import { exponentialBackoff, type Backoff, type BackoffOptions } from './backoff.js';
import { processBatch, type BatchOutcome, type BatchSettings, type EventHandler } from './batch.js';
import { listConsumers } from './commands/consumers.js';
import type { EventType } from './envelope.js';
import { consumerOffsets, eventLog } from './store/schema.js';
import { wakeLoop } from './wake-loop.js';

export interface ConsumerOptions {
  /** Stable name; the offset, retries and dead letters are kept under it. */
  name: string;
  database: DatabaseHandle;
  handle: EventHandler;
  /** Only these types reach `handle`; default all. */
  types?: readonly EventType[];
  /** Events per transaction; default 100. */
  batchSize?: number;
  /** Attempts before an event moves to the dead letters; default 5. */
  maxAttempts?: number;
  /** Wait between attempts of a failing event; default exponential from 200 ms to 60 s. */
  backoff?: BackoffOptions | Backoff;
  /** Fallback poll when no NOTIFY arrives (a lost connection, another database); default 5 s. */
  pollIntervalMs?: number;
  /** Where a consumer seen for the first time begins: the first event (default) or after the last. */
  startAt?: 'earliest' | 'latest';
  /** Receives ids, types and positions only, never payloads. */
  logger?: Logger;
}

/** A named consumer of the event log. */
export interface Consumer {
  readonly name: string;
  /** Creates the offset if needed, LISTENs, and runs in the background until {@link stop}. */
  start(): Promise<void>;
  /** Lets the current event finish, commits the batch so far, and stops listening. */
  stop(): Promise<void>;
  /** Processes one batch now; for tests and tools. Do not mix with a started loop. */
  runOnce(): Promise<BatchOutcome>;
}

/**
 * Creates a consumer that applies every event after its offset, in log order, at least once:
 * each batch runs in one transaction with the offset advance (see `processBatch`). It wakes on
 * NOTIFY from `publish` and polls as a fallback; after `maxAttempts` failures an event moves to
 * `events.dead_letters` and the consumer goes on with the next.
 */
export function createConsumer(options: ConsumerOptions): Consumer {
  const { name, database } = options;
  const logger = options.logger ?? createLogger('events', 'silent');
  const pollIntervalMs = options.pollIntervalMs ?? 5000;
  const backoff = typeof options.backoff === 'function' ? options.backoff : exponentialBackoff(options.backoff);
  let registered = false;
  let untrack: (() => void) | undefined;

  const settings: BatchSettings = {
    name,
    handle: options.handle,
    types: options.types ? new Set(options.types) : undefined,
    batchSize: options.batchSize ?? 100,
    maxAttempts: options.maxAttempts ?? 5,
    backoff,
    logger,
    stopRequested: () => loop.stopping(),
  };

  async function register(): Promise<void> {
    if (registered) return;
    const position = options.startAt === 'latest' ? sql`(select coalesce(max(${eventLog.position}), 0) from ${eventLog})` : 0;
    await database.db.insert(consumerOffsets).values({ consumer: name, position }).onConflictDoNothing();
    registered = true;
  }

  async function runOnce(): Promise<BatchOutcome> {
    await register();
    const outcome = await processBatch(database.db, settings);
    if (outcome.handled > 0) metrics.eventsHandled.inc({ consumer: name }, outcome.handled);
    if (outcome.deadLettered > 0) metrics.eventsDeadLettered.inc({ consumer: name }, outcome.deadLettered);
    return outcome;
  }

  let failures = 0;
  async function pass(): Promise<number> {
    try {
      const outcome = await runOnce();
      failures = 0;
      if (outcome.more) return 0;
      return outcome.retryAt ? Math.min(pollIntervalMs, outcome.retryAt.getTime() - Date.now()) : pollIntervalMs;
    } catch (error) {
      failures += 1;
      metrics.eventConsumerFailures.inc({ consumer: name });
      logger.error({ consumer: name, error: error instanceof Error ? error.message : String(error) }, 'event consumer batch failed');
      return Math.min(pollIntervalMs, backoff(failures));
    }
  }
  const loop = wakeLoop({ database, pass });
  let running = false;

  return {
    name,
    async start() {
      if (running) return;
      await register();
      await loop.start();
      running = true;
      // Lag and dead letters are read from the database when /metrics is scraped, never otherwise.
      untrack = trackEventConsumer(name, async () => (await listConsumers(database.db)).find((status) => status.name === name));
      logger.info({ consumer: name }, 'event consumer started');
    },
    async stop() {
      if (!running) return;
      running = false;
      await loop.stop();
      untrack?.();
      untrack = undefined;
      logger.info({ consumer: name }, 'event consumer stopped');
    },
    runOnce,
  };
}
