import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { Worker } from '@phoenix/subgraph-server';
import { pruneMoods } from '../store/projections.js';
import { pruneHistory } from '../store/retention.js';

export interface RetentionWorker extends Worker {
  /** Prunes once now; for tests and tools. */
  runOnce(): Promise<{ messages: number; conversations: number; moods: number }>;
}

/**
 * Deletes, every `intervalMs` (and once at start), the history older than each user's plan
 * keeps and the projected Rise moods older than the trend needs. Deleting is idempotent, so
 * replicas may prune concurrently.
 */
export function createRetentionWorker(options: { db: Database; logger: Logger; clock: () => Date; intervalMs: number }): RetentionWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function runOnce() {
    const now = options.clock();
    const history = await pruneHistory(options.db, now);
    const moods = await pruneMoods(options.db, now);
    if (history.messages + history.conversations + moods > 0) options.logger.info({ ...history, moods }, 'Iris history pruned');
    return { ...history, moods };
  }

  function tick(): void {
    running ??= runOnce()
      .catch((error: unknown) => options.logger.error({ err: error }, 'Iris retention failed'))
      .finally(() => {
        running = undefined;
      });
  }

  return {
    runOnce,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, options.intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
