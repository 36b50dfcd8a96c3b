import type { OptionalBenchFigures } from '../extras/optional-benches.js';
import { spawnGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { measureIrisFirstChunk, type IrisFirstChunkFigures } from './iris-first-chunk.js';
import { startSubscriptionStack, type SubscriptionStack } from './stack.js';
import { measureSystemHealth, type SystemHealthFigures } from './system-health.js';

export interface SubscriptionBenchOptions {
  /** Concurrent `systemHealth` subscribers (default 1,000; 100 with `quick`). */
  subscribers?: number;
  /** Status changes pushed to them (default 10; 4 with `quick`). */
  rounds?: number;
  /** Iris messages timed (default 20; 6 with `quick`). */
  irisMessages?: number;
  quick?: boolean;
  log?(line: string): void;
}

export interface SubscriptionBenchResult {
  conditions: string;
  database: 'pglite' | 'postgres';
  systemHealth?: SystemHealthFigures;
  iris?: IrisFirstChunkFigures;
  error?: string;
}

/** agents checks its target every second, the shortest interval it accepts. */
const HEALTH_INTERVAL_MS = 1_000;

/** Subscriber count from `BENCH_SUBSCRIBERS`, else the default of the run's size. */
export function defaultSubscribers(quick: boolean, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.BENCH_SUBSCRIBERS);
  return Number.isInteger(configured) && configured > 0 ? configured : quick ? 100 : 1_000;
}

/**
 * Subscriptions through our gateway: `systemHealth` fan-out to many graphql-ws clients
 * (delivery latency per event, gateway memory and sockets) and Iris's time to first chunk.
 * The gateway runs as its own process (the deployment's entry point), the subscribers in
 * another, accounts, agents and iris in this one on one fresh database.
 */
export async function runSubscriptionBench(options: SubscriptionBenchOptions = {}): Promise<SubscriptionBenchResult> {
  const quick = options.quick ?? false;
  const subscribers = options.subscribers ?? defaultSubscribers(quick);
  const rounds = options.rounds ?? (quick ? 4 : 10);
  const irisMessages = options.irisMessages ?? (quick ? 6 : 20);
  const log = options.log ?? (() => undefined);
  const conditions =
    `Subscriptions through our gateway (its own process, production settings, graphql-ws on /graphql): ${subscribers} anonymous ` +
    `systemHealth subscribers on one socket each in a separate process, ${rounds} status changes pushed by agents (target checked every ` +
    `${HEALTH_INTERVAL_MS / 1000} s), latency = client receipt − the event's checkedAt; Iris time to first chunk over ${irisMessages} messages ` +
    `(sendIrisMessage over HTTP → first irisReply chunk on the open socket, local AI engine unpaced); accounts, agents and iris in the bench process`;

  let stack: SubscriptionStack | undefined;
  let gateway: GatewayProcess | undefined;
  const result: SubscriptionBenchResult = { conditions, database: process.env.DATABASE_URL ? 'postgres' : 'pglite' };
  try {
    log('  starting accounts, agents, iris and the gateway…');
    stack = await startSubscriptionStack({ healthIntervalMs: HEALTH_INTERVAL_MS });
    result.database = stack.database;
    gateway = await spawnGatewayProcess(stack, { maxSubscriptions: subscribers + 100 });
    result.systemHealth = await measureSystemHealth(stack, gateway, { subscribers, rounds, log });
    log(`  Iris: ${irisMessages} messages…`);
    result.iris = await measureIrisFirstChunk(gateway, { messages: irisMessages, log });
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    await gateway?.stop();
    await stack?.stop();
  }
  return result;
}

/** The result as a figure/value table of the bench report (`Report.others`). */
export function subscriptionReportFigures(result: SubscriptionBenchResult): OptionalBenchFigures {
  const health = result.systemHealth;
  const iris = result.iris;
  const figures: Record<string, number | string> = { database: result.database };
  if (health) {
    Object.assign(figures, {
      'systemHealth subscribers attached': `${health.attached}/${health.subscribers} in ${health.secondsToAttach} s`,
      'systemHealth events received': `${health.eventsReceived}/${health.eventsExpected} (${health.rounds} changes)`,
      'systemHealth delivery median ms': health.medianMs ?? 'n/a',
      'systemHealth delivery p99 ms': health.p99Ms ?? 'n/a',
      'systemHealth delivery max ms': health.maxMs ?? 'n/a',
      'gateway RSS MB before / with subscribers / after close (after GC); peak': `${[health.gatewayRssMb.before, health.gatewayRssMb.withSubscribers, health.gatewayRssMb.afterClose]
        .map((value) => value ?? 'n/a')
        .join(' / ')}; ${health.gatewayRssMb.peak ?? 'n/a'}`,
      'gateway live heap MB before / with subscribers / after close': [health.gatewayHeapMb.before, health.gatewayHeapMb.withSubscribers, health.gatewayHeapMb.afterClose]
        .map((value) => value ?? 'n/a')
        .join(' / '),
      'gateway live heap KB per subscription': health.gatewayHeapKbPerSubscription ?? 'n/a',
      'gateway open files before / with subscribers / after close': [health.gatewayOpenFiles.before, health.gatewayOpenFiles.withSubscribers, health.gatewayOpenFiles.afterClose]
        .map((value) => value ?? 'n/a')
        .join(' / '),
      'ulimit -n gateway / subscribers': `${health.openFilesLimit.gateway ?? 'n/a'} / ${health.openFilesLimit.subscribers ?? 'n/a'}`,
      'systemHealth errors': health.errors,
    });
  }
  if (iris) {
    Object.assign(figures, {
      'Iris first chunk median ms': iris.medianMs ?? 'n/a',
      'Iris first chunk p95 ms': iris.p95Ms ?? 'n/a',
      'Iris whole reply median ms': iris.replyMedianMs ?? 'n/a',
      'Iris messages (users) / errors': `${iris.messages} (${iris.users}) / ${iris.errors}`,
    });
  }
  return {
    title: 'Subscriptions: systemHealth fan-out and Iris time to first chunk',
    ran: 'subscriptions/index.ts#runSubscriptionBench',
    result,
    figures,
    ...(result.error ? { error: result.error } : {}),
  };
}
