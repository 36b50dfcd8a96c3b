import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProtocolClient, UpgradeRefused } from './support/protocol-client.js';
import { ALLOWED_ORIGIN, startSubscriptionHarness, waitFor, type RunningGateway, type SubscriptionHarness } from './support/harness.js';

let harness: SubscriptionHarness;
let gateway: RunningGateway;

beforeAll(async () => {
  harness = await startSubscriptionHarness();
  gateway = await harness.startGateway();
});

afterAll(async () => {
  await harness.stop();
});

describe('graphql-transport-ws protocol violations (PROTOCOL.md close codes)', () => {
  it('closes with 4400 on a message that is not a protocol message', async () => {
    const client = await gateway.open();
    client.send('{ not json');
    expect((await client.closed).code).toBe(4400);

    const unknownType = await gateway.open();
    unknownType.send({ type: 'connection_init' });
    await unknownType.next();
    unknownType.send({ type: 'shout', payload: {} });
    expect((await unknownType.closed).code).toBe(4400);
  });

  it('closes with 4401 on a subscribe before the connection is acknowledged', async () => {
    const client = await gateway.open();
    client.subscribe('1', 'subscription { countdown(from: 1) { n } }');
    expect(await client.closed).toEqual({ code: 4401, reason: 'Unauthorized' });
  });

  it('closes with 4403 when connection_init carries credentials that are not valid', async () => {
    const forged = await gateway.open();
    await expect(forged.init({ authorization: 'Bearer not-a-token' })).rejects.toThrow(/socket closed with 4403/);
    expect((await forged.closed).reason).toMatch(/access token is not valid/);

    const expiredToken = await harness.tokenFor('FREE', { expiresIn: -60 });
    const expired = await gateway.open();
    await expect(expired.init({ authorization: `Bearer ${expiredToken}` })).rejects.toThrow(/4403/);
    expect((await expired.closed).reason).toMatch(/expired/);

    const unknownKey = await gateway.open();
    await expect(unknownKey.init({ 'x-api-key': 'pk_unknown_0123456789abcdef' })).rejects.toThrow(/4403/);

    const token = await harness.tokenFor('FREE');
    const twoCredentials = await gateway.open();
    await expect(twoCredentials.init({ Authorization: `Bearer ${token}`, 'X-Api-Key': 'pk_unknown_0123456789abcdef' })).rejects.toThrow(/4403/);

    const notAString = await gateway.open();
    await expect(notAString.init({ authorization: 42 })).rejects.toThrow(/4403/);
  });

  it('closes with 4408 when connection_init does not come in time', async () => {
    const impatient = await harness.startGateway({ GATEWAY_WS_INIT_TIMEOUT_MS: '100' });
    const client = await impatient.open();
    expect(await client.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  });

  it('closes with 4409 when a subscribe reuses the id of a running subscription', async () => {
    const client = await gateway.connect();
    client.subscribe('same', 'subscription { messages(room: "dup") { seq } }');
    await waitFor('the first subscription', () => harness.stream.rooms.listeners('dup') === 1);
    client.subscribe('same', 'subscription { messages(room: "dup") { text } }');
    expect(await client.closed).toEqual({ code: 4409, reason: 'Subscriber for same already exists' });
    await waitFor('the first subscription to end with the socket', () => harness.stream.rooms.listeners('dup') === 0);
  });

  it('closes with 4429 on a second connection_init', async () => {
    const client = await gateway.connect();
    client.send({ type: 'connection_init' });
    expect(await client.closed).toEqual({ code: 4429, reason: 'Too many initialisation requests' });
  });

  it('closes with 4406 a socket that does not speak graphql-transport-ws', async () => {
    const client = await gateway.open({ protocols: [] });
    expect(await client.closed).toEqual({ code: 4406, reason: 'Subprotocol not acceptable' });
    // A client that insists on the legacy subprotocol gets none and gives up itself.
    await expect(gateway.open({ protocols: 'graphql-ws' })).rejects.toThrow(/no subprotocol/);
  });

  it('closes with 1009 a message larger than BODY_LIMIT', async () => {
    const client = await gateway.connect();
    client.subscribe('big', `subscription { countdown(from: 1) { n } } # ${'x'.repeat(1_100_000)}`);
    expect((await client.closed).code).toBe(1009);
  });

  it('answers ping with pong', async () => {
    const client = await gateway.connect();
    client.send({ type: 'ping', payload: { at: 'now' } });
    expect(await client.next()).toEqual({ type: 'pong', payload: { at: 'now' } });
    await client.close();
  });
});

describe('the WebSocket handshake', () => {
  it('refuses a page of another site (cross-site WebSocket hijacking) with 403', async () => {
    const refused = gateway.open({ origin: 'https://evil.example' });
    await expect(refused).rejects.toBeInstanceOf(UpgradeRefused);
    await expect(refused).rejects.toMatchObject({ status: 403 });
  });

  it('accepts an origin of the CORS allowlist, the gateway own origin, and clients without one', async () => {
    for (const origin of [ALLOWED_ORIGIN, gateway.origin, undefined]) {
      const client = await gateway.open(origin ? { origin } : {});
      await client.init();
      await client.close();
    }
  });

  it('serves WebSockets on /graphql only', async () => {
    await expect(ProtocolClient.open(gateway.wsUrl.replace('/graphql', '/elsewhere'))).rejects.toMatchObject({ status: 404 });
  });
});

describe('operations on the socket', () => {
  it('refuses queries and mutations, which go over HTTP', async () => {
    const client = await gateway.connect();
    client.subscribe('q', '{ status }');
    expect(await client.refusal('q')).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    await client.close();
  });

  it('answers an operation that does not match the schema with GRAPHQL_VALIDATION_FAILED, without suggestions', async () => {
    const client = await gateway.connect();
    client.subscribe('v', 'subscription { messages(room: "x") { sek } }');
    const [error] = await client.refusal('v');
    expect(error?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).not.toMatch(/Did you mean/);
    client.subscribe('p', 'subscription { messages(room: ');
    expect((await client.refusal('p'))[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    await client.close();
  });
});

describe('subscriptions over HTTP', () => {
  it('are refused with 400 BAD_REQUEST, pointing to the WebSocket', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { countdown(from: 1) { n } }' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([{ message: expect.stringMatching(/WebSocket/), extensions: { code: 'BAD_REQUEST' } }]);
  });
});

describe('gateway stop', () => {
  it('closes every socket with 1001 and ends their subscriptions', async () => {
    const stopping = await harness.startGateway();
    const client = await stopping.connect();
    client.subscribe('s', 'subscription { messages(room: "stop") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('stop') === 1);
    await stopping.stop();
    expect(await client.closed).toEqual({ code: 1001, reason: 'Going away' });
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('stop') === 0);
  });
});
