import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

async function health(path: 'live' | 'ready') {
  const response = await fetch(`${harness.origin}/health/${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('health and a subgraph that goes down', () => {
  it('is live and ready while the supergraph is loaded and every subgraph is ready', async () => {
    expect((await health('live')).status).toBe(200);
    const ready = await health('ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', supergraph: 'loaded', subgraphs: { accounts: 'ok', billing: 'ok' } });
  });

  it('answers with partial data and an error on the down subgraph paths, and turns not ready while staying live', async () => {
    await harness.subgraphs.billing.stop();
    const token = await harness.tokenFor('PREMIUM', { sub: 'user-3' });

    const { status, body } = await harness.query('{ me { handle plan { name } premiumInsight } status plans { name } }', { token });
    expect(status).toBe(200);
    expect(body.data).toEqual({ me: { handle: 'handle-user-3', plan: null, premiumInsight: null }, status: 'ok', plans: null });
    const errors = (body.errors ?? []).map((e) => ({ path: e.path, code: e.extensions?.code }));
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: ['plans'], code: 'SUBGRAPH_UNAVAILABLE' },
        { path: ['me', 'plan'], code: 'SUBGRAPH_UNAVAILABLE' },
        { path: ['me', 'premiumInsight'], code: 'SUBGRAPH_UNAVAILABLE' },
      ]),
    );
    expect(JSON.stringify(body.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);

    const ready = await health('ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', subgraphs: { accounts: 'ok', billing: 'unreachable' } });
    expect((await health('live')).status).toBe(200);
  });
});
