import { describe, expect, it } from '@jest/globals';
import { parse, type DocumentNode } from 'graphql';
import type { Client, Sink, SubscribePayload } from 'graphql-ws';
import { PersistedWsLink, subscribePayload } from '../src/apollo/persisted-ws-link';

const HASH = 'a'.repeat(64);
const query = Object.assign(parse('subscription Health { systemHealth { status } }'), { __meta__: { hash: HASH } }) as DocumentNode;
const operation = { query, variables: {}, operationName: 'Health', extensions: {} };

/** A graphql-ws client that answers each subscribe with what `answer` says, and records the payloads. */
function fakeClient(answer: (payload: SubscribePayload, sink: Sink) => void) {
  const payloads: SubscribePayload[] = [];
  const client = {
    subscribe(payload: SubscribePayload, sink: Sink) {
      payloads.push(payload);
      answer(payload, sink);
      return () => undefined;
    },
  } as unknown as Client;
  return { client, payloads };
}

function run(link: PersistedWsLink) {
  return new Promise<{ results: unknown[]; error?: unknown }>((resolve) => {
    const results: unknown[] = [];
    link.request(operation as never).subscribe({
      next: (result) => results.push(result),
      error: (error: unknown) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
}

describe('subscriptions by persisted hash', () => {
  it('send the hash alone, which a gateway in safelist mode resolves from its manifest', () => {
    expect(subscribePayload(operation as never, true)).toEqual({ query: '', variables: {}, operationName: 'Health', extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } });
    expect(subscribePayload(operation as never, false).query).toContain('subscription Health');
  });

  it('send the text again when the server does not know the hash, and from then on', async () => {
    const { client, payloads } = fakeClient((payload, sink) => {
      if (payload.query === '') sink.error([{ message: 'not found', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
      else {
        sink.next({ data: { systemHealth: { status: 'UP' } } });
        sink.complete();
      }
    });
    const link = new PersistedWsLink(client);
    expect(await run(link)).toEqual({ results: [{ data: { systemHealth: { status: 'UP' } } }] });
    await run(link);
    expect(payloads.map((payload) => payload.query === '')).toEqual([true, false, false]);
  });

  it('pass other refusals on as GraphQL errors, without retrying', async () => {
    const { client, payloads } = fakeClient((_payload, sink) => sink.error([{ message: 'no', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }]));
    const { error } = await run(new PersistedWsLink(client));
    expect((error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(payloads).toHaveLength(1);
  });
});
