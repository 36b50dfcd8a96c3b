import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createAccessTokenIssuer } from '../support/access-tokens.js';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

async function refusedWith(authorization: string) {
  const { status, body } = await harness.query('{ status }', { headers: { authorization } });
  return { status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, data: body.data };
}

describe('authentication', () => {
  it('accepts a Bearer access token issued by accounts and resolves the user it names', async () => {
    const token = await harness.tokenFor('FREE', { sub: 'user-9' });
    const { status, body } = await harness.query('{ me { id } }', { token });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { id: 'user-9' } });
  });

  it('answers 401 TOKEN_EXPIRED for an expired access token, before calling any subgraph', async () => {
    const token = await harness.issuer.issue({ sub: 'user-1', tier: 'FREE' }, { expiresIn: -60 });
    const refusal = await refusedWith(`Bearer ${token}`);
    expect(refusal.status).toBe(401);
    expect(refusal.code).toBe('TOKEN_EXPIRED');
    expect(harness.receivedCount()).toBe(0);
  });

  it('answers 401 UNAUTHENTICATED for a token signed by another key', async () => {
    const impostor = await createAccessTokenIssuer('test-key');
    const token = await impostor.issue({ sub: 'user-1', tier: 'PREMIUM_PLUS', roles: ['admin'] });
    const refusal = await refusedWith(`Bearer ${token}`);
    expect(refusal.status).toBe(401);
    expect(refusal.code).toBe('UNAUTHENTICATED');
    expect(refusal.data).toBeUndefined();
    expect(harness.receivedCount()).toBe(0);
  });

  it('answers 401 UNAUTHENTICATED for a token from another issuer or for another audience', async () => {
    for (const options of [{ issuer: 'someone-else' }, { audience: 'elsewhere' }]) {
      const token = await harness.issuer.issue({ sub: 'user-1', tier: 'FREE' }, options);
      const refusal = await refusedWith(`Bearer ${token}`);
      expect(refusal).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
  });

  it('answers 401 UNAUTHENTICATED for malformed credentials instead of treating the caller as anonymous', async () => {
    for (const authorization of ['Bearer not.a.jwt', 'Bearer', 'Basic dXNlcjpwYXNz', 'Bearer a b']) {
      const refusal = await refusedWith(authorization);
      expect(refusal).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    }
    expect(harness.receivedCount()).toBe(0);
  });
});
