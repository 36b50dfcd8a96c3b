import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

describe('@authenticated and @requiresScopes at the gateway', () => {
  it('refuses an anonymous caller selecting an @authenticated field with 401 and its path, calling no subgraph', async () => {
    const { status, body } = await harness.query('{ status me { id } }');
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', paths: [['me']] });
    expect(harness.receivedCount()).toBe(0);
  });

  it('reports every @authenticated path an anonymous operation touches, by alias', async () => {
    const { status, body } = await harness.query('{ someone: user(id: "u-1") { handle contact: email } }');
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.paths).toEqual([['someone', 'contact']]);
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuses a FREE user reading a premium field through a fragment and an alias with 403 and the aliased path', async () => {
    const token = await harness.tokenFor('FREE');
    const { status, body } = await harness.query(
      `query Dashboard { me { handle ...Insights } }
       fragment Insights on User { ... on User { tip: premiumInsight } }`,
      { token },
    );
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', paths: [['me', 'tip']] });
    expect(harness.receivedCount()).toBe(0);
  });

  it('lets a PREMIUM user read the same premium field', async () => {
    const token = await harness.tokenFor('PREMIUM');
    const { status, body } = await harness.query('{ me { ...Insights } } fragment Insights on User { tip: premiumInsight }', { token });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { tip: expect.any(String) } });
  });

  it('ignores a protected field skipped by @include(if: false)', async () => {
    const { status, body } = await harness.query('query ($withMe: Boolean!) { status me @include(if: $withMe) { id } }', {
      variables: { withMe: false },
    });
    expect(status).toBe(200);
    expect(body.data).toEqual({ status: 'ok' });
  });
});
