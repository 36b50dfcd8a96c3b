import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

// Nothing listens on the discard port: any fetch of this JWKS fails at once.
const UNREACHABLE_JWKS = 'http://127.0.0.1:9/.well-known/jwks.json';
let injected: Harness;
let unreachable: Harness;

beforeAll(async () => {
  [injected, unreachable] = await Promise.all([
    startHarness({ localJwks: true, env: { ACCOUNTS_JWKS_URL: UNREACHABLE_JWKS } }),
    startHarness({ env: { ACCOUNTS_JWKS_URL: UNREACHABLE_JWKS } }),
  ]);
});

afterAll(async () => {
  await Promise.all([injected.stop(), unreachable.stop()]);
});

describe('access token keys', () => {
  it('can be given to the gateway directly instead of fetched from accounts', async () => {
    const { status, body } = await injected.query('{ me { id } }', { token: await injected.tokenFor('FREE', { sub: 'user-5' }) });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { id: 'user-5' } });
  });

  it('answer 502 SUBGRAPH_UNAVAILABLE, not 401, when the accounts JWKS cannot be fetched', async () => {
    const { status, body } = await unreachable.query('{ status }', { token: await unreachable.tokenFor('FREE') });
    expect(status).toBe(502);
    expect(body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(unreachable.receivedCount()).toBe(0);
  });

  it('are not needed by an anonymous caller', async () => {
    const { status } = await unreachable.query('{ status }');
    expect(status).toBe(200);
  });
});
