import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSubscriptionHarness, waitFor, type RunningGateway, type SubscriptionHarness } from './support/harness.js';

let harness: SubscriptionHarness;
let gateway: RunningGateway;

beforeAll(async () => {
  harness = await startSubscriptionHarness();
  // Keys and sessions are resolved afresh at every check, so a revocation shows at the next one.
  gateway = await harness.startGateway({ GATEWAY_API_KEY_CACHE_SECONDS: '0', GATEWAY_SESSION_CACHE_SECONDS: '0', GATEWAY_WS_CREDENTIAL_CHECK_SECONDS: '1' });
});

afterAll(async () => {
  await harness.stop();
});

describe('credentials of an open socket', () => {
  it('closes the socket with 4403 when the access token expires, ending its subscriptions', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-expiring', expiresIn: 4 });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('chat', 'subscription { messages(room: "expiry") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('expiry') === 1);

    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/access token has expired/);
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('expiry') === 0);
  });

  it('refuses connection_init with 4403 for an access token whose session was revoked', async () => {
    const sid = randomUUID();
    harness.subgraphs.sessions.revoke(sid);
    const token = await harness.tokenFor('FREE', { sub: 'user-signed-out', sid });
    const client = await gateway.open();
    await expect(client.init({ authorization: `Bearer ${token}` })).rejects.toThrow(/socket closed with 4403/);
    expect((await client.closed).reason).toMatch(/session has ended/);
  });

  it('closes the socket with 4403 once the session of its access token is revoked, ending its subscriptions', async () => {
    const sid = randomUUID();
    const token = await harness.tokenFor('FREE', { sub: 'user-revoked-later', sid });
    const client = await gateway.connect({ authorization: `Bearer ${token}` });
    client.subscribe('chat', 'subscription { messages(room: "revoked-session") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('revoked-session') === 1);

    harness.subgraphs.sessions.revoke(sid);
    const closed = await client.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toMatch(/session has ended/);
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('revoked-session') === 0);
  });

  it('serves a partner key, then closes the socket with 4403 once the key is revoked', async () => {
    const key = harness.subgraphs.partners.addKey({ key: 'pk_live_stream_partner_0001', keyId: 'key-stream', partnerId: 'france-travail', scopes: ['partner:stream.read'] });
    const client = await gateway.connect({ 'x-api-key': key.key });
    client.subscribe('count', 'subscription { countdown(from: 2) { n } }');
    expect((await client.untilDone('count')).map((message) => message.type)).toEqual(['next', 'next', 'complete']);
    client.subscribe('chat', 'subscription { messages(room: "partner") { seq } }');
    await waitFor('the subgraph subscription', () => harness.stream.rooms.listeners('partner') === 1);

    harness.subgraphs.partners.setStatus(key.key, 'revoked');
    const closed = await client.closed;
    expect(closed).toEqual({ code: 4403, reason: 'The API key has been revoked.' });
    await waitFor('the subgraph subscription to end', () => harness.stream.rooms.listeners('partner') === 0);
  });

  it('refuses a partner key a subgraph its scopes do not cover', async () => {
    const key = harness.subgraphs.partners.addKey({ key: 'pk_live_accounts_only_0002', keyId: 'key-accounts', partnerId: 'france-travail', scopes: ['partner:accounts.read'] });
    const client = await gateway.connect({ authorization: `ApiKey ${key.key}` });
    client.subscribe('count', 'subscription { countdown(from: 1) { n } }');
    expect(await client.refusal('count')).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    await client.close();
  });
});
