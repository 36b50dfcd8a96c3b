import { Gauge } from 'prom-client';
import { registry } from './metrics.js';

/** Where a consumer stands, read from the database at scrape time. */
export interface ConsumerBacklog {
  /** Events in the log after the consumer's offset. */
  lag: number;
  /** Its events waiting in `events.dead_letters`. */
  deadLetters: number;
}

const sources = new Map<string, () => Promise<ConsumerBacklog | undefined>>();
let pending: Promise<Map<string, ConsumerBacklog>> | undefined;

// Both gauges are collected in parallel at each scrape; they share one read of the database.
function readAll(): Promise<Map<string, ConsumerBacklog>> {
  pending ??= (async () => {
    const entries = await Promise.all(
      [...sources].map(async ([consumer, read]) => [consumer, await read().catch(() => undefined)] as const),
    );
    const backlog = new Map<string, ConsumerBacklog>();
    for (const [consumer, value] of entries) if (value) backlog.set(consumer, value);
    return backlog;
  })().finally(() => {
    pending = undefined;
  });
  return pending;
}

const consumerLag = new Gauge({
  name: 'phoenix_event_consumer_lag',
  help: 'Events in events.log after the consumer’s offset, read at scrape time.',
  labelNames: ['consumer'] as const,
  registers: [registry],
  async collect() {
    const backlog = await readAll();
    this.reset();
    for (const [consumer, value] of backlog) this.set({ consumer }, value.lag);
  },
});

const deadLetters = new Gauge({
  name: 'phoenix_event_dead_letters',
  help: 'Events of the consumer waiting in events.dead_letters, read at scrape time.',
  labelNames: ['consumer'] as const,
  registers: [registry],
  async collect() {
    const backlog = await readAll();
    this.reset();
    for (const [consumer, value] of backlog) this.set({ consumer }, value.deadLetters);
  },
});

/**
 * Reports a running consumer's lag and dead letters on `/metrics`: `read` runs at each scrape
 * (never otherwise); a failed read leaves the consumer out of that scrape. Returns the
 * function that stops reporting it.
 */
export function trackEventConsumer(consumer: string, read: () => Promise<ConsumerBacklog | undefined>): () => void {
  sources.set(consumer, read);
  return () => {
    if (sources.get(consumer) === read) sources.delete(consumer);
    consumerLag.remove({ consumer });
    deadLetters.remove({ consumer });
  };
}
