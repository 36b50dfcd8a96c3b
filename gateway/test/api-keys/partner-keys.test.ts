import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { eventually, startHarness, type Harness } from '../support/harness.js';

let harness: Harness;
const READER = 'phx_reader01_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NO_SCOPE = 'phx_noscope_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const REVOKED = 'phx_revoked_ccccccccccccccccccccccccccccccccccccccccccc';
const SOON_REVOKED = 'phx_soonrev_ddddddddddddddddddddddddddddddddddddddddddd';

beforeAll(async () => {
  harness = await startHarness({ env: { GATEWAY_API_KEY_CACHE_SECONDS: '1' } });
  const { partners } = harness.subgraphs;
  partners.addKey({ key: READER, keyId: 'key-reader', partnerId: 'france-travail', scopes: ['partner:accounts.read'] });
  partners.addKey({ key: NO_SCOPE, keyId: 'key-noscope', partnerId: 'france-travail', scopes: [] });
  partners.addKey({ key: REVOKED, keyId: 'key-revoked', partnerId: 'france-travail', scopes: ['partner:accounts.read'], status: 'revoked' });
  partners.addKey({ key: SOON_REVOKED, keyId: 'key-soon', partnerId: 'france-travail', scopes: ['partner:accounts.read'] });
  partners.grantConsent('france-travail', 'u-consenting');
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

const READ_USER = 'query ($id: ID!) { user(id: $id) { handle } }';

describe('partner API keys at the gateway', () => {
  it('resolve X-Api-Key and Authorization: ApiKey to the partner principal the subgraphs receive', async () => {
    for (const headers of [{ 'x-api-key': READER }, { authorization: `ApiKey ${READER}` }] as Record<string, string>[]) {
      harness.clearReceived();
      const { status, body } = await harness.query(READ_USER, { variables: { id: 'u-consenting' }, headers });
      expect(status).toBe(200);
      expect(body.data).toEqual({ user: { handle: 'handle-u-consenting' } });
      expect(harness.subgraphs.accounts.received[0]?.principal).toEqual({
        kind: 'partner',
        partnerId: 'france-travail',
        keyId: 'key-reader',
        scopes: ['partner:accounts.read'],
      });
    }
  });

  it('refuse a key without the partner scope of the subgraph with 403 and the paths, calling no subgraph', async () => {
    const { status, body } = await harness.query(READ_USER, { variables: { id: 'u-consenting' }, apiKey: NO_SCOPE });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', paths: [['user'], ['user', 'handle']] });
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuse a revoked key and an unknown key with 401, calling no subgraph', async () => {
    for (const apiKey of [REVOKED, 'phx_unknown0_eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee', 'not a key!']) {
      const { status, body } = await harness.query('{ status }', { apiKey });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(harness.receivedCount()).toBe(0);
  });

  it('stop accepting a key within seconds of its revocation', async () => {
    expect((await harness.query('{ status }', { apiKey: SOON_REVOKED })).status).toBe(200);
    harness.subgraphs.partners.setStatus(SOON_REVOKED, 'revoked');
    const revokedAt = Date.now();
    expect(await eventually(async () => (await harness.query('{ status }', { apiKey: SOON_REVOKED })).status === 401, 3_000)).toBe(true);
    expect(Date.now() - revokedAt).toBeLessThan(2_500);
  });

  it('refuse two credentials at once with 401', async () => {
    const token = await harness.tokenFor('FREE');
    const { status, body } = await harness.query('{ status }', { token, apiKey: READER });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('consent', () => {
  it('refuses a partner reading a user who has not agreed to share with it, calling no subgraph', async () => {
    const { status, body } = await harness.query(READ_USER, { variables: { id: 'u-private' }, apiKey: READER });
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', paths: [['user'], ['user', 'handle']] });
    expect(harness.receivedCount()).toBe(0);
  });

  it('does not concern users signed in with their own account', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'u-private' });
    const { status, body } = await harness.query(READ_USER, { variables: { id: 'u-private' }, token });
    expect(status).toBe(200);
    expect(body.data).toEqual({ user: { handle: 'handle-u-private' } });
  });
});
