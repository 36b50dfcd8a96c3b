import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { documentHash } from '../../src/persisted/manifest.js';
import { startSubscriptionHarness, waitFor, type RunningGateway, type SubscriptionHarness } from './support/harness.js';

let harness: SubscriptionHarness;
let gateway: RunningGateway;

beforeAll(async () => {
  harness = await startSubscriptionHarness();
  gateway = await harness.startGateway({
    GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
    GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '3',
    GATEWAY_WS_MAX_PENDING_EVENTS: '5',
    GATEWAY_WS_MAX_BUFFERED_BYTES: '65536',
    GATEWAY_COST_LIMIT_ANONYMOUS: '200',
    GATEWAY_COST_LIMIT_PREMIUM: '400',
    GATEWAY_BUCKET_CAPACITY_PREMIUM: '400',
    GATEWAY_BUCKET_REFILL_PREMIUM: '1',
  });
});

afterAll(async () => {
  await harness.stop();
});

const ROOM = (room: string) => `subscription { messages(room: "${room}") { seq } }`;

describe('subscription caps', () => {
  it('refuses a subscription past the per-connection cap until one completes', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-cap-connection' });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('1', ROOM('cap-a'));
    client.subscribe('2', ROOM('cap-a'));
    await waitFor('two subscriptions', () => harness.stream.rooms.listeners('cap-a') === 2);

    client.subscribe('3', ROOM('cap-a'));
    expect(await client.refusal('3')).toEqual([
      expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'subscriptionsPerConnection', max: 2 } } }),
    ]);

    client.complete('1');
    await waitFor('the slot to be freed', () => harness.stream.rooms.listeners('cap-a') === 1 && gateway.gateway.subscriptions.stats().subscriptions === 1);
    client.subscribe('3', ROOM('cap-a'));
    await waitFor('the subscription taking the freed slot', () => harness.stream.rooms.listeners('cap-a') === 2);
    await client.close();
  });

  it('refuses a subscription past the per-principal cap, across the connections of the principal', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-cap-principal' });
    const first = await gateway.connect({ authorization: `Bearer ${token}` });
    const second = await gateway.connect({ authorization: `Bearer ${token}` });
    first.subscribe('1', ROOM('cap-b'));
    first.subscribe('2', ROOM('cap-b'));
    second.subscribe('3', ROOM('cap-b'));
    await waitFor('three subscriptions', () => harness.stream.rooms.listeners('cap-b') === 3);

    second.subscribe('4', ROOM('cap-b'));
    expect(await second.refusal('4')).toEqual([
      expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'subscriptionsPerPrincipal', max: 3 } } }),
    ]);

    const otherToken = await harness.tokenFor('FREE', { sub: 'user-cap-other' });
    const other = await gateway.connect({ authorization: `Bearer ${otherToken}` });
    other.subscribe('1', ROOM('cap-b'));
    await waitFor('another principal subscribing', () => harness.stream.rooms.listeners('cap-b') === 4);
    await Promise.all([first.close(), second.close(), other.close()]);
  });
});

describe('a slow consumer', () => {
  it('is not a client that keeps reading a burst larger than the limit', async () => {
    const client = await gateway.connect();
    client.subscribe('burst', 'subscription { messages(room: "burst") { seq author { handle } } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('burst') === 1);
    for (let seq = 1; seq <= 40; seq += 1) harness.stream.rooms.publish('burst', { seq, text: 'vite', author: { id: `u-${seq}` } });
    for (let seq = 1; seq <= 40; seq += 1) {
      expect(await client.next('burst')).toEqual({ id: 'burst', type: 'next', payload: { data: { messages: { seq, author: { handle: `handle-u-${seq}` } } } } });
    }
    await client.close();
  });

  it('is closed with 4413 instead of having its events buffered without bound', async () => {
    const client = await gateway.connect();
    client.subscribe('flood', 'subscription { messages(room: "flood") { seq text } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('flood') === 1);

    client.pauseReading();
    const text = 'x'.repeat(32 * 1024);
    // Keeps publishing until the gateway gives up on the client and leaves the room.
    await waitFor(
      'the gateway to drop the client',
      () => {
        for (let seq = 0; seq < 20; seq += 1) harness.stream.rooms.publish('flood', { seq, text, author: { id: 'u-1' } });
        return harness.stream.rooms.listeners('flood') === 0;
      },
      60_000,
    );
    client.resumeReading();
    expect(await client.closed).toEqual({ code: 4413, reason: 'Slow consumer: too many undelivered events' });
  });
});

describe('the same refusals as HTTP', () => {
  it('refuses an operation above the caller cost limit with COST_LIMIT_EXCEEDED', async () => {
    const client = await gateway.connect();
    client.subscribe('costly', 'subscription { costlyMessages(room: "gold") { seq } }');
    expect(await client.refusal('costly')).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'COST_LIMIT_EXCEEDED', cost: { estimated: 300, limit: 200 } }) }),
    ]);
    await client.close();
  });

  it('charges the caller bucket at each subscribe and refuses with RATE_LIMITED once it is empty', async () => {
    const token = await harness.tokenFor('PREMIUM', { sub: 'user-bucket' });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('1', 'subscription { costlyMessages(room: "bucket") { seq } }');
    await waitFor('the first subscription', () => harness.stream.rooms.listeners('bucket') === 1);
    client.subscribe('2', 'subscription { costlyMessages(room: "bucket") { seq } }');
    const [error] = await client.refusal('2');
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(error?.extensions?.http).toBeUndefined();
    await client.close();
  });

  it('refuses an operation over the operation limits with OPERATION_LIMIT_EXCEEDED', async () => {
    const client = await gateway.connect();
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: seq`).join(' ');
    client.subscribe('aliases', `subscription { messages(room: "big") { ${aliases} } }`);
    expect(await client.refusal('aliases')).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'aliases', max: 15 } } })]);

    const tokens = Array.from({ length: 1200 }, () => 'seq').join(' ');
    client.subscribe('tokens', `subscription { messages(room: "big") { ${tokens} } }`);
    expect(await client.refusal('tokens')).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'tokens', max: 1000 } } })]);
    await client.close();
  });

  it('refuses variables that do not fit their types with BAD_USER_INPUT', async () => {
    const client = await gateway.connect();
    client.subscribe('vars', 'subscription Room($room: ID!) { messages(room: $room) { seq } }', { room: { not: 'an id' } });
    expect((await client.refusal('vars'))[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await client.close();
  });
});

describe('safelist mode', () => {
  let directory: string;
  let safelisted: RunningGateway;
  const allowed = 'subscription Countdown { countdown(from: 2) { n } }';

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'phoenix-safelist-'));
    const manifest = join(directory, 'persisted-documents.json');
    await writeFile(manifest, JSON.stringify({ [documentHash(allowed)]: allowed }));
    safelisted = await harness.startGateway({ GATEWAY_SAFELIST_PATH: manifest });
  });

  afterAll(async () => {
    await safelisted.stop();
    await rm(directory, { recursive: true, force: true });
  });

  it('runs the operations of the manifest, in full or by hash, and refuses the others', async () => {
    const client = await safelisted.connect();
    client.subscribe('full', allowed);
    expect((await client.untilDone('full')).map((message) => message.type)).toEqual(['next', 'next', 'complete']);

    client.subscribe('hash', '', undefined, { persistedQuery: { version: 1, sha256Hash: documentHash(allowed) } });
    expect((await client.untilDone('hash')).map((message) => message.type)).toEqual(['next', 'next', 'complete']);

    client.subscribe('other', 'subscription { countdown(from: 5) { n } }');
    expect(await client.refusal('other')).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } })]);
    await client.close();
  });
});
