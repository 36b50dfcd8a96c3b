import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { SubscriberReply, SubscriberRequest, SubscriberStatus } from './subscriber-protocol.js';

// The subscribers of the systemHealth bench, in a process of their own so that receiving does
// not wait behind the subgraphs' work (or the other way round). Driven by the parent over IPC.

interface Subscriber {
  client: Client;
  attached: boolean;
  done: boolean;
}

const subscribers: Subscriber[] = [];
const latenciesByRound = new Map<string, number[]>();
const failures = new Map<string, number>();
let graphqlErrors = 0;

function fail(subscriber: Subscriber, reason: string): void {
  if (subscriber.done) return;
  subscriber.done = true;
  failures.set(reason, (failures.get(reason) ?? 0) + 1);
}

function describe(error: unknown): string {
  if (Array.isArray(error)) return `error ${String((error[0] as { extensions?: { code?: string } })?.extensions?.code ?? 'message')}`;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'number') return `closed ${code}`;
  return typeof message === 'string' ? message.slice(0, 60) : 'connection failed';
}

function onResult(subscriber: Subscriber, result: FormattedExecutionResult<{ systemHealth: { checkedAt: string | null } }, unknown>): void {
  const receivedAt = Date.now();
  if (result.errors) {
    graphqlErrors += 1;
    return;
  }
  const checkedAt = result.data?.systemHealth.checkedAt;
  // The first event is the state at the moment of subscribing, not a push: it only says we are in.
  if (!subscriber.attached) {
    subscriber.attached = true;
    return;
  }
  if (!checkedAt) return;
  const latencies = latenciesByRound.get(checkedAt) ?? [];
  latencies.push(receivedAt - Date.parse(checkedAt));
  latenciesByRound.set(checkedAt, latencies);
}

function open(url: string, query: string): Subscriber {
  const client = createClient({ url, webSocketImpl: WebSocket, lazy: true, lazyCloseTimeout: 0, retryAttempts: 0 });
  const subscriber: Subscriber = { client, attached: false, done: false };
  client.subscribe<{ systemHealth: { checkedAt: string | null } }>(
    { query },
    {
      next: (result) => onResult(subscriber, result),
      error: (error) => fail(subscriber, describe(error)),
      complete: () => fail(subscriber, 'completed by the server'),
    },
  );
  return subscriber;
}

async function openAll(request: Extract<SubscriberRequest, { type: 'open' }>): Promise<void> {
  for (let start = 0; start < request.count; start += request.batchSize) {
    const batch = Array.from({ length: Math.min(request.batchSize, request.count - start) }, () => open(request.url, request.query));
    subscribers.push(...batch);
    // Batches wait for their first events: a steady population is measured, not a connection storm.
    const deadline = Date.now() + request.attachTimeoutMs;
    while (batch.some((subscriber) => !subscriber.attached && !subscriber.done) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const subscriber of batch) if (!subscriber.attached) fail(subscriber, 'no first event in time');
  }
}

function status(): SubscriberStatus {
  const live = subscribers.filter((subscriber) => subscriber.attached && !subscriber.done).length;
  return {
    opened: subscribers.length,
    attached: subscribers.filter((subscriber) => subscriber.attached).length,
    live,
    graphqlErrors,
    failures: Object.fromEntries(failures),
    receivedByRound: Object.fromEntries([...latenciesByRound].map(([checkedAt, latencies]) => [checkedAt, latencies.length])),
  };
}

function reply(message: SubscriberReply): Promise<void> {
  return new Promise((resolve) => process.send?.(message, () => resolve()));
}

process.on('message', (message: SubscriberRequest) => {
  void (async () => {
    switch (message.type) {
      case 'open':
        await openAll(message);
        await reply({ type: 'status', status: status() });
        break;
      case 'status':
        await reply({ type: 'status', status: status() });
        break;
      case 'finish': {
        const final = status();
        await Promise.allSettled(subscribers.map((subscriber) => subscriber.client.dispose()));
        await reply({ type: 'result', status: final, latenciesByRound: Object.fromEntries(latenciesByRound) });
        process.exit(0);
      }
    }
  })();
});
process.on('disconnect', () => process.exit(0));
