import { samplePeakRss } from '../lib/proc-stats.js';
import type { GatewayProcess } from './gateway-process.js';
import { openFilesLimit } from './gateway-process.js';
import type { SubscriptionStack } from './stack.js';
import { megabytes, quantile, waitUntil } from './stats.js';
import { startSubscriberPool, type SubscriberPool } from './subscriber-pool.js';
import type { SubscriberStatus } from './subscriber-protocol.js';

export const SYSTEM_HEALTH_SUBSCRIPTION = 'subscription SystemHealth { systemHealth { status checkedAt } }';

export interface SystemHealthOptions {
  subscribers: number;
  /** Status changes pushed (the target switched down, up, down…). */
  rounds: number;
  /** Subscribers opened at once while attaching. */
  batchSize?: number;
  log(line: string): void;
}

export interface SystemHealthFigures {
  subscribers: number;
  attached: number;
  secondsToAttach: number;
  rounds: number;
  /** Live subscribers summed over the rounds: one event each per change. */
  eventsExpected: number;
  eventsReceived: number;
  /** Delivery latency: receipt by the client − `checkedAt` of the agents round that pushed it. */
  medianMs?: number;
  p99Ms?: number;
  maxMs?: number;
  /** Each round's median and p99, in order (the JSON keeps them; the table shows the whole). */
  perRound: { received: number; medianMs?: number; p99Ms?: number }[];
  /** RSS right after a full GC (peak: the highest RSS sampled every 250 ms, no GC). */
  gatewayRssMb: { before?: number; withSubscribers?: number; peak?: number; afterClose?: number };
  /** Live heap after a full GC. */
  gatewayHeapMb: { before?: number; withSubscribers?: number; afterClose?: number };
  /** (live heap with subscribers − before) ÷ subscribers attached. */
  gatewayHeapKbPerSubscription?: number;
  /** File descriptors of the gateway: one per client socket plus one per upstream socket to agents. */
  gatewayOpenFiles: { before?: number; withSubscribers?: number; afterClose?: number };
  /** Soft `ulimit -n` of each process involved, as they see it. */
  openFilesLimit: { gateway?: number; subscribers?: number; bench?: number };
  /** Subscribers lost (by reason), events with errors, events never received. */
  errors: number;
  failures: Record<string, number>;
  graphqlErrors: number;
  missingEvents: number;
}

/**
 * `subscribers` graphql-ws clients (another process, anonymous, one socket each) subscribed to
 * `systemHealth` through the gateway; then `rounds` times the one target agents checks is
 * switched, agents pushes the new status to every subscription, and each client's receipt is
 * timed against the event's `checkedAt`. The gateway's memory and open files before, with the
 * subscribers, and after they close.
 */
export async function measureSystemHealth(stack: SubscriptionStack, gateway: GatewayProcess, options: SystemHealthOptions): Promise<SystemHealthFigures> {
  const { log } = options;
  // Warm the gateway's HTTP path and the agents monitor, then take the idle figures.
  for (let attempt = 0; attempt < 3; attempt++) await fetchHealth(gateway.url);
  const before = { ...(await gateway.memoryAfterGc()), files: gateway.openFiles() };
  const peak = samplePeakRss(gateway.child.pid, 250);
  let pool: SubscriberPool | undefined = startSubscriberPool();
  try {
    log(`  opening ${options.subscribers} subscribers…`);
    const attachStarted = performance.now();
    const attached = await pool.open({
      url: gateway.wsUrl,
      query: SYSTEM_HEALTH_SUBSCRIPTION,
      count: options.subscribers,
      batchSize: options.batchSize ?? 50,
      attachTimeoutMs: 60_000,
    });
    const secondsToAttach = Math.round((performance.now() - attachStarted) / 100) / 10;
    log(`  ${attached.attached}/${options.subscribers} attached in ${secondsToAttach} s; ${options.rounds} status changes…`);

    let eventsExpected = 0;
    for (let round = 0; round < options.rounds; round++) {
      const live = (await pool.status()).live;
      const switchedAt = Date.now();
      stack.target.toggle();
      eventsExpected += live;
      let received = 0;
      const current = pool;
      try {
        await waitUntil(
          `round ${round + 1}'s event at every subscriber`,
          async () => {
            received = receivedSince(await current.status(), switchedAt);
            return received >= live;
          },
          60_000,
          100,
        );
      } catch {
        log(`  round ${round + 1}: ${received}/${live} received within 60 s`);
      }
    }
    const withSubscribers = { ...(await gateway.memoryAfterGc()), files: gateway.openFiles() };
    const limits = { gateway: gateway.openFilesLimit(), subscribers: pool.openFilesLimit(), bench: openFilesLimit('self') };
    const result = await pool.finish();
    pool = undefined;

    // The gateway lets go of both sockets of every subscription once the clients are gone.
    const filesBefore = before.files ?? 0;
    await waitUntil('the gateway to close the subscription sockets', () => (gateway.openFiles() ?? 0) <= filesBefore + 20, 60_000, 250).catch(() => undefined);
    const afterClose = { ...(await gateway.memoryAfterGc()), files: gateway.openFiles() };

    const rounds = Object.entries(result.latenciesByRound)
      .filter(([checkedAt]) => Date.parse(checkedAt) >= 0)
      .sort(([a], [b]) => Date.parse(a) - Date.parse(b))
      .map(([, latencies]) => latencies);
    const all = rounds.flat();
    const eventsReceived = all.length;
    const failures = result.status.failures;
    const lost = Object.values(failures).reduce((sum, count) => sum + count, 0);
    const missingEvents = Math.max(0, eventsExpected - eventsReceived);
    return {
      subscribers: options.subscribers,
      attached: result.status.attached,
      secondsToAttach,
      rounds: options.rounds,
      eventsExpected,
      eventsReceived,
      ...defined({ medianMs: quantile(all, 0.5), p99Ms: quantile(all, 0.99), maxMs: quantile(all, 1) }),
      perRound: rounds.map((latencies) => ({ received: latencies.length, ...defined({ medianMs: quantile(latencies, 0.5), p99Ms: quantile(latencies, 0.99) }) })),
      gatewayRssMb: defined({ before: megabytes(before.rss), withSubscribers: megabytes(withSubscribers.rss), peak: peak.stop(), afterClose: megabytes(afterClose.rss) }),
      gatewayHeapMb: defined({ before: megabytes(before.heapUsed), withSubscribers: megabytes(withSubscribers.heapUsed), afterClose: megabytes(afterClose.heapUsed) }),
      ...(result.status.attached > 0 ? { gatewayHeapKbPerSubscription: Math.round((withSubscribers.heapUsed - before.heapUsed) / 1024 / result.status.attached) } : {}),
      gatewayOpenFiles: defined({ before: before.files, withSubscribers: withSubscribers.files, afterClose: afterClose.files }),
      openFilesLimit: defined(limits),
      errors: lost + result.status.graphqlErrors + missingEvents,
      failures,
      graphqlErrors: result.status.graphqlErrors,
      missingEvents,
    };
  } finally {
    peak.stop();
    await pool?.stop();
    // Leave the target up for whatever runs next.
    if (!stack.target.isUp()) stack.target.toggle();
  }
}

/** Events received for rounds checked at or after `since` (the switch that caused them). */
function receivedSince(status: SubscriberStatus, since: number): number {
  let received = 0;
  for (const [checkedAt, count] of Object.entries(status.receivedByRound)) if (Date.parse(checkedAt) >= since) received = Math.max(received, count);
  return received;
}

async function fetchHealth(url: string): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ systemHealth { status } }' }),
    signal: AbortSignal.timeout(30_000),
  });
  await response.body?.cancel();
}

/** The object without its undefined properties (exactOptionalPropertyTypes). */
function defined<T extends Record<string, unknown>>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
