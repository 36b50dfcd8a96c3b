import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { consumerOffsets, createConsumer, EVENTS_MIGRATIONS, publish } from '@phoenix/events';

export interface EventLagResult {
  ratePerSecond: number;
  count: number;
  /** Commit of the publishing transaction → start of the consumer's handler, in milliseconds. */
  medianMs: number;
  p99Ms: number;
}

/**
 * Publishes `count` events at `ratePerSecond` (each in its own transaction, on schedule, not
 * waiting for the previous one) and measures how long each takes from commit to a consumer's
 * handler. The consumer polls only every 60 s, so the figure is the NOTIFY path. Fails when
 * the events are not all handled within the publishing time plus 30 s.
 */
export async function measureEventLag(options: { database: DatabaseHandle; ratePerSecond: number; count: number }): Promise<EventLagResult> {
  const { database, ratePerSecond, count } = options;
  if (!(ratePerSecond > 0) || !Number.isInteger(count) || count < 1) throw new RangeError('ratePerSecond must be > 0 and count a positive integer');
  await migrateSchema(database, EVENTS_MIGRATIONS);

  const eventIds = Array.from({ length: count }, () => randomUUID());
  const planned = new Set<string>(eventIds);
  const committedAt = new Map<string, number>();
  const handledAt = new Map<string, number>();
  let allHandled!: () => void;
  const finished = new Promise<void>((resolve) => (allHandled = resolve));
  const name = `bench-event-lag-${randomUUID()}`;
  const consumer = createConsumer({
    name,
    database,
    startAt: 'latest',
    pollIntervalMs: 60_000,
    batchSize: 500,
    handle: async (event) => {
      // Other producers may share the database; only this run's events count.
      if (!planned.has(event.eventId)) return;
      handledAt.set(event.eventId, performance.now());
      if (handledAt.size === count) allHandled();
    },
  });
  await consumer.start();
  try {
    const intervalMs = 1000 / ratePerSecond;
    const start = performance.now();
    const publishing: Promise<void>[] = [];
    for (const [i, eventId] of eventIds.entries()) {
      const wait = start + i * intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
      publishing.push(publishOne(database, eventId, committedAt));
    }
    await Promise.all(publishing);
    const timeoutMs = (count / ratePerSecond) * 1000 + 30_000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
    const outcome = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') throw new Error(`only ${handledAt.size} of ${count} events reached the consumer within ${Math.round(timeoutMs)} ms`);
  } finally {
    await consumer.stop();
    await database.db.delete(consumerOffsets).where(eq(consumerOffsets.consumer, name));
  }

  // A handler can start before the publisher's await resumes; that is zero lag, not negative.
  const latencies = [...committedAt].map(([eventId, committed]) => Math.max(0, handledAt.get(eventId)! - committed)).sort((a, b) => a - b);
  return { ratePerSecond, count, medianMs: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)) };
}

async function publishOne(database: DatabaseHandle, eventId: string, committedAt: Map<string, number>): Promise<void> {
  await database.db.transaction((tx) =>
    publish(tx, {
      type: 'ai.completion_recorded',
      eventId,
      payload: {
        completionId: randomUUID(),
        task: 'bench.event_lag',
        provider: 'local',
        model: 'bench',
        tokensIn: 1,
        tokensOut: 1,
        latencyMs: 0,
        promptHash: createHash('sha256').update(eventId).digest('hex'),
      },
    }),
  );
  committedAt.set(eventId, performance.now());
}

// Nearest-rank percentile of sorted values.
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
