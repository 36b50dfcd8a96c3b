import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import type { Principal } from '@phoenix/context-token';
import type { Message } from './support/protocol-client.js';
import { startSubscriptionHarness, waitFor, type RunningGateway, type SubscriptionHarness } from './support/harness.js';

// The gateway's sockets to a subgraph are shared: one per principal (as its context token
// describes it) and subgraph, each client subscription its own operation on it.

let harness: SubscriptionHarness;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  harness = await startSubscriptionHarness();
});

// A test that failed halfway must not leave sockets that the next one would count.
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((gateway) => gateway.stop()));
  await harness.stream.restart();
  await waitFor('the subgraph to hold no socket', () => harness.stream.sockets.open === 0);
});

afterAll(async () => {
  await harness.stop();
});

async function startGateway(env?: Record<string, string>): Promise<RunningGateway> {
  const gateway = await harness.startGateway(env);
  gateways.push(gateway);
  return gateway;
}

const ROOM = 'subscription Room($room: ID!) { messages(room: $room) { seq } }';
const COUNTDOWN = 'subscription { countdown(from: 2) { n } }';

function said(id: string, seq: number): Message {
  return { id, type: 'next', payload: { data: { messages: { seq } } } };
}

function publish(room: string, seq: number): void {
  harness.stream.rooms.publish(room, { seq, text: `message ${seq}`, author: { id: 'u-1' } });
}

async function noUpstreamSocketLeft(gateway: RunningGateway): Promise<void> {
  await waitFor('every socket to the subgraph to close', () => harness.stream.sockets.open === 0 && gateway.gateway.subscriptions.stats().upstreamSockets === 0);
}

function describePrincipal(principal: Principal): string {
  return principal.kind === 'user' ? `${principal.userId}:${principal.tier}` : principal.kind;
}

describe('subscriptions of one principal to one subgraph', () => {
  it('are operations of one socket to the subgraph, each with its own events, and the socket closes after the last', async () => {
    const gateway = await startGateway();
    const openedBefore = harness.stream.sockets.opened;
    const [first, second, third] = await Promise.all([gateway.connect(), gateway.connect(), gateway.connect()]);
    first.subscribe('a', ROOM, { room: 'shared' });
    first.subscribe('b', ROOM, { room: 'shared' });
    second.subscribe('c', ROOM, { room: 'shared' });
    third.subscribe('d', ROOM, { room: 'shared' });
    await waitFor('four subgraph subscriptions', () => harness.stream.rooms.listeners('shared') === 4);
    expect(harness.stream.sockets.open).toBe(1);
    expect(gateway.gateway.subscriptions.stats()).toEqual({ connections: 3, subscriptions: 4, upstreamSockets: 1 });

    publish('shared', 1);
    expect(await first.next('a')).toEqual(said('a', 1));
    expect(await first.next('b')).toEqual(said('b', 1));
    expect(await second.next('c')).toEqual(said('c', 1));
    expect(await third.next('d')).toEqual(said('d', 1));

    // Not deduplicated: each operation runs on the subgraph from its start.
    second.subscribe('count-1', COUNTDOWN);
    third.subscribe('count-2', COUNTDOWN);
    const countdown = (id: string): Message[] => [
      { id, type: 'next', payload: { data: { countdown: { n: 2 } } } },
      { id, type: 'next', payload: { data: { countdown: { n: 1 } } } },
      { id, type: 'complete' },
    ];
    expect(await second.untilDone('count-1')).toEqual(countdown('count-1'));
    expect(await third.untilDone('count-2')).toEqual(countdown('count-2'));

    await Promise.all([first.close(), second.close(), third.close()]);
    await noUpstreamSocketLeft(gateway);
    expect(harness.stream.rooms.listeners('shared')).toBe(0);
    expect(harness.stream.sockets.opened - openedBefore).toBe(1);
  });

  it('keeps the others flowing on the socket when one completes, or its client leaves', async () => {
    const gateway = await startGateway();
    const [first, second] = await Promise.all([gateway.connect(), gateway.connect()]);
    first.subscribe('leaving', ROOM, { room: 'stay' });
    first.subscribe('staying', ROOM, { room: 'stay' });
    second.subscribe('disconnecting', ROOM, { room: 'stay' });
    await waitFor('three subgraph subscriptions', () => harness.stream.rooms.listeners('stay') === 3);

    first.complete('leaving');
    await waitFor('the completed subscription to end on the subgraph', () => harness.stream.rooms.listeners('stay') === 2);
    publish('stay', 1);
    expect(await first.next('staying')).toEqual(said('staying', 1));
    expect(await second.next('disconnecting')).toEqual(said('disconnecting', 1));

    await second.close();
    await waitFor('the disconnected subscription to end on the subgraph', () => harness.stream.rooms.listeners('stay') === 1);
    publish('stay', 2);
    expect(await first.next('staying')).toEqual(said('staying', 2));
    expect(harness.stream.sockets.open).toBe(1);

    await first.close();
    await noUpstreamSocketLeft(gateway);
  });

  it('ends alone the operation that the subgraph ends with an error', async () => {
    const gateway = await startGateway();
    const client = await gateway.connect();
    client.subscribe('breaking', ROOM, { room: 'breaking' });
    client.subscribe('steady', ROOM, { room: 'steady' });
    await waitFor('both subgraph subscriptions', () => harness.stream.rooms.listeners('breaking') === 1 && harness.stream.rooms.listeners('steady') === 1);

    harness.stream.rooms.fail('breaking', new GraphQLError('The room was closed.', { extensions: { code: 'FORBIDDEN' } }));
    const ended = await client.untilDone('breaking');
    expect(ended).toEqual([
      { id: 'breaking', type: 'next', payload: { data: null, errors: [{ message: 'The room was closed.', extensions: { code: 'FORBIDDEN' } }] } },
      { id: 'breaking', type: 'complete' },
    ]);

    publish('steady', 1);
    expect(await client.next('steady')).toEqual(said('steady', 1));
    expect(harness.stream.sockets.open).toBe(1);
    await client.close();
    await noUpstreamSocketLeft(gateway);
  });
});

describe('subscriptions of different principals', () => {
  it('go over one socket per principal, each operation run as its own caller', async () => {
    const gateway = await startGateway();
    const free = await harness.tokenFor('FREE', { sub: 'user-mux' });
    const premium = await harness.tokenFor('PREMIUM', { sub: 'user-mux' });
    const clients = {
      anonymous: await gateway.connect(),
      free: await gateway.connect({ authorization: `Bearer ${free}` }),
      freeElsewhere: await gateway.connect({ authorization: `Bearer ${free}` }),
      // The same user after a tier change: another context token, so another socket.
      premium: await gateway.connect({ authorization: `Bearer ${premium}` }),
    };
    harness.stream.principals.length = 0;
    for (const [id, client] of Object.entries(clients)) client.subscribe(id, ROOM, { room: 'principals' });
    await waitFor('four subgraph subscriptions', () => harness.stream.rooms.listeners('principals') === 4);

    expect(harness.stream.sockets.open).toBe(3);
    expect(gateway.gateway.subscriptions.stats().upstreamSockets).toBe(3);
    expect(harness.stream.principals.map(describePrincipal).sort()).toEqual(['anonymous', 'user-mux:FREE', 'user-mux:FREE', 'user-mux:PREMIUM']);
    publish('principals', 1);
    for (const [id, client] of Object.entries(clients)) expect(await client.next(id)).toEqual(said(id, 1));

    await Promise.all(Object.values(clients).map((client) => client.close()));
    await noUpstreamSocketLeft(gateway);
  });
});

describe('a shared socket whose subgraph goes away', () => {
  it('subscribes every live operation again once the subgraph is back', async () => {
    const gateway = await startGateway({ GATEWAY_WS_UPSTREAM_RETRIES: '30', GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '50' });
    const token = await harness.tokenFor('FREE', { sub: 'user-restart' });
    const [first, second, signedIn] = await Promise.all([gateway.connect(), gateway.connect(), gateway.connect({ authorization: `Bearer ${token}` })]);
    first.subscribe('a', ROOM, { room: 'comeback' });
    first.subscribe('b', ROOM, { room: 'comeback' });
    second.subscribe('c', ROOM, { room: 'comeback' });
    signedIn.subscribe('d', ROOM, { room: 'comeback' });
    await waitFor('four subgraph subscriptions on two sockets', () => harness.stream.rooms.listeners('comeback') === 4 && harness.stream.sockets.open === 2);

    await harness.stream.stop();
    await waitFor('the subgraph subscriptions to end with the subgraph', () => harness.stream.rooms.listeners('comeback') === 0);
    const openedBefore = harness.stream.sockets.opened;
    await harness.stream.restart();
    await waitFor('the gateway to subscribe all four again', () => harness.stream.rooms.listeners('comeback') === 4, 30_000);
    expect(harness.stream.sockets.open).toBe(2);
    expect(harness.stream.sockets.opened - openedBefore).toBe(2);

    publish('comeback', 1);
    expect(await first.next('a')).toEqual(said('a', 1));
    expect(await first.next('b')).toEqual(said('b', 1));
    expect(await second.next('c')).toEqual(said('c', 1));
    expect(await signedIn.next('d')).toEqual(said('d', 1));

    await Promise.all([first.close(), second.close(), signedIn.close()]);
    await noUpstreamSocketLeft(gateway);
  });

  it('sends each of its subscriptions SUBGRAPH_UNAVAILABLE after the retries, then opens a new socket for a new one', async () => {
    const gateway = await startGateway({ GATEWAY_WS_UPSTREAM_RETRIES: '2', GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '20' });
    const [first, second] = await Promise.all([gateway.connect(), gateway.connect()]);
    first.subscribe('a', ROOM, { room: 'gone' });
    first.subscribe('b', ROOM, { room: 'gone' });
    second.subscribe('c', ROOM, { room: 'gone' });
    await waitFor('three subgraph subscriptions', () => harness.stream.rooms.listeners('gone') === 3);
    expect(harness.stream.sockets.open).toBe(1);

    await harness.stream.stop();
    const unavailable = (id: string): Message[] => [
      { id, type: 'next', payload: { data: null, errors: [{ message: 'The stream service is unavailable.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] } },
      { id, type: 'complete' },
    ];
    expect(await first.untilDone('a')).toEqual(unavailable('a'));
    expect(await first.untilDone('b')).toEqual(unavailable('b'));
    expect(await second.untilDone('c')).toEqual(unavailable('c'));
    await waitFor('the gateway to let go of the socket', () => gateway.gateway.subscriptions.stats().upstreamSockets === 0);
    expect(gateway.gateway.subscriptions.stats().subscriptions).toBe(0);

    await harness.stream.restart();
    second.subscribe('again', ROOM, { room: 'gone' });
    await waitFor('the new subgraph subscription', () => harness.stream.rooms.listeners('gone') === 1);
    publish('gone', 1);
    expect(await second.next('again')).toEqual(said('again', 1));
    await Promise.all([first.close(), second.close()]);
    await noUpstreamSocketLeft(gateway);
  });
});

describe('a gateway that stops', () => {
  it('closes its sockets to the subgraph', async () => {
    const gateway = await startGateway();
    const client = await gateway.connect();
    client.subscribe('live', ROOM, { room: 'shutdown' });
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('shutdown') === 1 && harness.stream.sockets.open === 1);

    await gateway.stop();
    await noUpstreamSocketLeft(gateway);
    expect(harness.stream.rooms.listeners('shutdown')).toBe(0);
  });
});
