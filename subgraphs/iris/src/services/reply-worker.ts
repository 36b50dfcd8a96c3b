import { randomUUID } from 'node:crypto';
import type { Worker } from '@phoenix/subgraph-server';
import { claimNextReply } from '../store/claims.js';
import { writeReply, type ReplyWriterDependencies } from './reply-writer.js';

export interface ReplyWorkerOptions extends ReplyWriterDependencies {
  /** How often to look for replies besides being woken: new jobs of other replicas, expired leases. */
  pollMs: number;
  /** Replies written at once by this process. */
  concurrency: number;
}

/** The background writer of replies, one per process. */
export interface ReplyWorker extends Worker {
  /** This worker's id in claims. */
  readonly id: string;
  /** Looks for work now (a message was just sent). */
  wake(): void;
  /** Replies being written by this process. */
  readonly active: number;
}

/**
 * Claims replies waiting to be written — new ones, and those a crashed worker left behind once
 * its lease has run out — and writes them, up to `concurrency` at once. Woken when a message
 * is sent here, it also polls, so replicas share the work and pick up each other's leftovers.
 * Stopping aborts the replies under way and hands them back unfinished.
 */
export function createReplyWorker(options: ReplyWorkerOptions): ReplyWorker {
  const id = randomUUID();
  const running = new Map<Promise<void>, AbortController>();
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let woken = false;

  function wake(): void {
    woken = true;
    wakeUp?.();
  }

  function sleep(ms: number): Promise<void> {
    if (woken) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });
  }

  function launch(row: Parameters<typeof writeReply>[1]): void {
    const controller = new AbortController();
    const job = writeReply(options, row, id, controller.signal)
      .catch((error: unknown) => options.logger.error({ messageId: row.id, err: error }, 'Iris reply writer crashed'))
      .finally(() => {
        running.delete(job);
        wake();
      });
    running.set(job, controller);
  }

  async function run(): Promise<void> {
    while (!stopping) {
      woken = false;
      try {
        while (!stopping && running.size < options.concurrency) {
          const row = await claimNextReply(options.db, id, options.leaseMs);
          if (!row) break;
          launch(row);
        }
      } catch (error) {
        options.logger.error({ err: error }, 'could not claim Iris replies');
      }
      if (!stopping) await sleep(options.pollMs);
    }
  }

  return {
    id,
    wake,
    get active() {
      return running.size;
    },
    start() {
      if (loop) return;
      stopping = false;
      loop = run();
    },
    async stop() {
      if (!loop) return;
      stopping = true;
      wake();
      await loop;
      loop = undefined;
      for (const controller of running.values()) controller.abort();
      await Promise.all(running.keys());
    },
  };
}
