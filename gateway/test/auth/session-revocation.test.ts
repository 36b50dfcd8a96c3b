import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from '../support/harness.js';

// Accounts (here its stand-in) says whether an access token's session is still active; the
// gateway asks before serving a bearer token. The cache is off so that each request asks.

let harness: Harness;
let staleless: Harness;

beforeAll(async () => {
  harness = await startHarness({ env: { GATEWAY_SESSION_CACHE_SECONDS: '0' } });
  staleless = await startHarness({ env: { GATEWAY_SESSION_CACHE_SECONDS: '0', GATEWAY_SESSION_STALE_SECONDS: '0' } });
});

afterAll(async () => {
  await Promise.all([harness.stop(), staleless.stop()]);
});

beforeEach(() => {
  harness.clearReceived();
  harness.subgraphs.sessions.unavailable = false;
  staleless.subgraphs.sessions.unavailable = false;
});

const ME = '{ me { id } }';

function refusal(response: Awaited<ReturnType<Harness['query']>>) {
  const error = response.body.errors?.[0];
  return { status: response.status, code: error?.extensions?.code, reason: error?.extensions?.reason, data: response.body.data };
}

describe('the session of a bearer access token', () => {
  it('serves a token whose session is active, after asking accounts about that session', async () => {
    const sid = randomUUID();
    const token = await harness.tokenFor('FREE', { sub: 'user-active', sid });
    const { status, body } = await harness.query(ME, { token });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { id: 'user-active' } });
    expect(harness.subgraphs.sessions.asked).toContain(sid);
  });

  it('refuses the token once its session is revoked: 401 UNAUTHENTICATED, reason SESSION_REVOKED, no subgraph called', async () => {
    const sid = randomUUID();
    const token = await harness.tokenFor('FREE', { sub: 'user-signed-out', sid });
    expect((await harness.query(ME, { token })).status).toBe(200);
    harness.subgraphs.sessions.revoke(sid);
    harness.clearReceived();

    const refused = await harness.query(ME, { token });

    expect(refusal(refused)).toEqual({ status: 401, code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED', data: undefined });
    expect(refused.body.errors?.[0]?.message).toMatch(/session has ended/);
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuses a token without a session id as not valid, without asking accounts', async () => {
    const asked = harness.subgraphs.sessions.asked.length;
    const token = await harness.tokenFor('FREE', { sid: null });
    expect(refusal(await harness.query(ME, { token }))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(harness.subgraphs.sessions.asked).toHaveLength(asked);
    expect(harness.receivedCount()).toBe(0);
  });

  it('answers 502 SUBGRAPH_UNAVAILABLE when accounts cannot say whether a session it never confirmed is active', async () => {
    harness.subgraphs.sessions.unavailable = true;
    const token = await harness.tokenFor('FREE', { sid: randomUUID() });
    expect(refusal(await harness.query(ME, { token }))).toMatchObject({ status: 502, code: 'SUBGRAPH_UNAVAILABLE' });
    expect(harness.receivedCount()).toBe(0);
  });

  it('keeps serving a session accounts confirmed before it became unavailable, unless the stale time is 0', async () => {
    const confirmedThenDown = async (gateway: Harness) => {
      const token = await gateway.tokenFor('FREE', { sub: 'user-outage', sid: randomUUID() });
      expect((await gateway.query(ME, { token })).status).toBe(200);
      gateway.subgraphs.sessions.unavailable = true;
      return gateway.query(ME, { token });
    };
    expect((await confirmedThenDown(harness)).body.data).toEqual({ me: { id: 'user-outage' } });
    expect(refusal(await confirmedThenDown(staleless))).toMatchObject({ status: 502, code: 'SUBGRAPH_UNAVAILABLE' });
  });

  it('does not ask about anonymous requests', async () => {
    const asked = harness.subgraphs.sessions.asked.length;
    expect((await harness.query('{ status }')).status).toBe(200);
    expect(harness.subgraphs.sessions.asked).toHaveLength(asked);
  });
});
