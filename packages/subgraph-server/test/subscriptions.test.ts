import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { ContextTokenSigner, ContextTokenVerifier, CONTEXT_TOKEN_HEADER, type Principal, type UserPrincipal } from '@phoenix/context-token';
import { generatePemKeyPair, importPrivateKey, importPublicKey } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from '../src/index.js';
import type { SubscriptionObserver } from '../src/subscriptions.js';
import { startTestSubgraph, SubscriptionClosedError, subscribeOverWebSocket } from '../src/testing.js';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@authenticated"])
  type Query { ok: Boolean }
  type Tick { n: Int!  caller: String!  contextId: Int! }
  type Subscription {
    ticks(count: Int!): Tick!
    secret: Int! @authenticated
    secretWithResolve: Int! @authenticated
    broken: Int!
    forever: Int!
    overflowing: Int!
  }
`);

interface SampleContext extends SubgraphContext {
  contextId: number;
}

const user: UserPrincipal = { kind: 'user', userId: 'u1', tier: 'FREE', roles: [], scopes: [] };
const anonymous: Principal = { kind: 'anonymous' };

/** A deferred that tests await instead of sleeping. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

function sampleSubgraph(probe: { secretSourceOpened: boolean; foreverStarted: ReturnType<typeof signal>; foreverReturned: ReturnType<typeof signal> }) {
  let contexts = 0;
  const definition: SubgraphDefinition<SampleContext> = {
    name: 'sample',
    typeDefs,
    resolvers: {
      Query: { ok: () => true },
      Tick: { caller: (_tick: unknown, _args: unknown, context: SampleContext) => context.principal.kind, contextId: (_tick: unknown, _args: unknown, context: SampleContext) => context.contextId },
      Subscription: {
        ticks: {
          subscribe: async function* (_root: unknown, { count }: { count: number }) {
            for (let n = 1; n <= count; n += 1) yield { ticks: { n } };
          },
        },
        secret: {
          subscribe: async function* () {
            yield { secret: 42 };
          },
        },
        secretWithResolve: {
          subscribe: async function* () {
            probe.secretSourceOpened = true;
            yield 7;
          },
          resolve: (value: number) => value,
        },
        broken: {
          subscribe: () => {
            throw new Error('database password is hunter2');
          },
        },
        overflowing: {
          subscribe: async function* () {
            yield { overflowing: 1 };
            throw Object.assign(new Error('fell behind'), { name: 'SubscriberOverflowError' });
          },
        },
        forever: {
          subscribe: () => {
            probe.foreverStarted.resolve();
            return {
              next: () => new Promise<IteratorResult<unknown>>(() => undefined),
              return: async () => {
                probe.foreverReturned.resolve();
                return { value: undefined, done: true } as const;
              },
              [Symbol.asyncIterator]() {
                return this;
              },
            };
          },
        },
      },
    } as SubgraphDefinition<SampleContext>['resolvers'],
    createContext: ({ principal }) => ({ principal, contextId: (contexts += 1) }),
    checkReady: async () => undefined,
    shield: true,
  };
  return definition;
}

/** Records what the WebSocket server reports, per root field. */
function recordingObserver() {
  const counts: Record<string, number> = {};
  const count = (key: string) => () => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  const observer: SubscriptionObserver = {
    connectionOpened: count('opened'),
    connectionClosed: count('closed'),
    subscriptionStarted: (field) => count(`started:${field}`)(),
    subscriptionEnded: (field) => count(`ended:${field}`)(),
    delivered: (field) => count(`delivered:${field}`)(),
    overflowed: (field) => count(`overflowed:${field}`)(),
  };
  return { observer, counts };
}

/** Waits until `condition` holds, polling; fails after a generous delay instead of hanging. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function collect<T>(iterator: AsyncIterableIterator<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterator) values.push(value);
  return values;
}

async function closeCode(iterator: AsyncIterableIterator<unknown>): Promise<number | undefined> {
  try {
    await collect(iterator);
    return undefined;
  } catch (error) {
    return error instanceof SubscriptionClosedError ? error.code : undefined;
  }
}

describe('subscriptions over graphql-ws in the subgraph kernel', () => {
  let running: RunningSubgraph;
  let signer: ContextTokenSigner;
  let webSocketUrl: string;
  const probe = { secretSourceOpened: false, foreverStarted: signal(), foreverReturned: signal() };
  const recorded = recordingObserver();

  beforeAll(async () => {
    const pair = await generatePemKeyPair();
    signer = new ContextTokenSigner({ privateKey: await importPrivateKey(pair.privateKeyPem) });
    running = await startSubgraphServer(sampleSubgraph(probe), {
      port: 0,
      verifier: new ContextTokenVerifier(await importPublicKey(pair.publicKeyPem), 'sample'),
      logger: createLogger('sample', 'silent'),
      subscriptions: { maxPayloadBytes: 4096, observer: recorded.observer },
    });
    webSocketUrl = running.url.replace(/^http/, 'ws');
  });

  afterAll(async () => {
    await running.stop();
  });

  function subscribe<T = Record<string, unknown>>(query: string, connectionParams: () => Promise<Record<string, unknown>>, variables: Record<string, unknown> = {}) {
    return subscribeOverWebSocket<T>(webSocketUrl, connectionParams, { query, variables });
  }
  const as = (principal: Principal, audience = 'sample') => async () => ({ [CONTEXT_TOKEN_HEADER]: await signer.sign(principal, audience) });

  it('streams the events of a subscription to the principal of the connection’s token, then completes', async () => {
    const results = await collect(subscribe<{ ticks: { n: number; caller: string; contextId: number } }>('subscription { ticks(count: 3) { n caller contextId } }', as(user)));

    expect(results.map((result) => result.data?.ticks.n)).toEqual([1, 2, 3]);
    expect(results.every((result) => result.data?.ticks.caller === 'user' && !result.errors)).toBe(true);
    // Every event gets a context of its own (fresh DataLoaders).
    expect(new Set(results.map((result) => result.data?.ticks.contextId)).size).toBe(3);
  });

  it('closes with 4403 a connection without a context token, with one for another subgraph, or with a forged one', async () => {
    const query = 'subscription { ticks(count: 1) { n } }';
    expect(await closeCode(subscribe(query, async () => ({})))).toBe(4403);
    expect(await closeCode(subscribe(query, as(user, 'other')))).toBe(4403);
    expect(await closeCode(subscribe(query, async () => ({ [CONTEXT_TOKEN_HEADER]: 'forged.token.value' })))).toBe(4403);
  });

  it('refuses queries and mutations over WebSocket with BAD_REQUEST', async () => {
    const [result] = await collect(subscribe('{ ok }', as(user)));
    expect(result?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers invalid documents and variables with catalogued codes', async () => {
    const [unparsable] = await collect(subscribe('subscription {', as(user)));
    const [invalid] = await collect(subscribe('subscription { nope }', as(user)));
    const [badVariable] = await collect(subscribe('subscription ($count: Int!) { ticks(count: $count) { n } }', as(user), { count: 'three' }));
    expect(unparsable?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(invalid?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(badVariable?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('applies graphql-shield to subscription fields before their stream opens', async () => {
    const [refused] = await collect(subscribe('subscription { secret }', as(anonymous)));
    const [allowed] = await collect(subscribe('subscription { secret }', as(user)));
    const [refusedWithResolve] = await collect(subscribe('subscription { secretWithResolve }', as(anonymous)));

    expect(refused?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(allowed?.data).toEqual({ secret: 42 });
    expect(refusedWithResolve?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(probe.secretSourceOpened).toBe(false);
  });

  it('masks unexpected errors like HTTP does', async () => {
    const [result] = await collect(subscribe('subscription { broken }', as(user)));
    expect(result?.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('closes a connection whose message is larger than the maximum payload', async () => {
    const query = `subscription { ticks(count: 1) { n } } # ${'x'.repeat(8000)}`;
    expect(await closeCode(subscribe(query, as(user)))).toBe(1009);
  });

  it('ends the server side of a subscription when the client unsubscribes', async () => {
    const iterator = subscribe('subscription { forever }', as(user));
    const pending = iterator.next();
    await probe.foreverStarted.promise;

    await iterator.return?.();

    await probe.foreverReturned.promise;
    expect(await pending).toEqual({ value: undefined, done: true });
  });

  it('reports connections, subscriptions, deliveries and overflows to its observer', async () => {
    const before = { ...recorded.counts };
    const added = (key: string) => (recorded.counts[key] ?? 0) - (before[key] ?? 0);
    await collect(subscribe('subscription { ticks(count: 2) { n } }', as(user)));
    const [event, overflow] = await collect(subscribe('subscription { overflowing }', as(user)));
    expect(event?.data).toEqual({ overflowing: 1 });
    expect(overflow?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    await until(() => added('ended:overflowing') === 1, 'the overflowing subscription to end');
    const keys = ['started:ticks', 'delivered:ticks', 'ended:ticks', 'started:overflowing', 'delivered:overflowing', 'overflowed:overflowing'];
    expect(Object.fromEntries(keys.map((key) => [key, added(key)]))).toEqual({
      'started:ticks': 1,
      'delivered:ticks': 2,
      'ended:ticks': 1,
      'started:overflowing': 1,
      'delivered:overflowing': 1,
      'overflowed:overflowing': 1,
    });
    await until(() => recorded.counts.opened === recorded.counts.closed, 'every connection to be reported closed');
  });

  it('keeps answering HTTP queries on the same port', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: await signer.sign(user, 'sample') },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await response.json()).toEqual({ data: { ok: true } });
  });
});

describe('stopping a subgraph with open subscriptions', () => {
  it('closes every socket with 1001 and ends their streams, so stop() never hangs', async () => {
    const probe = { secretSourceOpened: false, foreverStarted: signal(), foreverReturned: signal() };
    const subgraph = await startTestSubgraph(sampleSubgraph(probe));
    const iterator = subgraph.subscribe('subscription { forever }', {}, user);
    const closed = closeCode(iterator);
    await probe.foreverStarted.promise;

    await subgraph.stop();

    expect(await closed).toBe(1001);
    await probe.foreverReturned.promise;
  });

  it('serves no WebSocket on a subgraph without a Subscription type', async () => {
    const subgraph = await startTestSubgraph({
      name: 'plain',
      typeDefs: parse('type Query { ok: Boolean }'),
      resolvers: { Query: { ok: () => true } },
      createContext: ({ principal }) => ({ principal }),
      checkReady: async () => undefined,
    });
    try {
      await expect(collect(subgraph.subscribe('subscription { ok }', {}, user))).rejects.toThrow(/socket hang up|Unexpected server response/);
    } finally {
      await subgraph.stop();
    }
  });
});
