import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ env: { SUBGRAPH_BILLING_TIMEOUT_MS: '300' } });
});

afterAll(async () => {
  harness.subgraphs.setSlowPlansDelay(0);
  await harness.stop();
});

describe('subgraph timeouts', () => {
  it('abandon a subgraph slower than its SUBGRAPH_<NAME>_TIMEOUT_MS and return the rest of the data', async () => {
    harness.subgraphs.setSlowPlansDelay(1_500);
    const started = Date.now();
    const { status, body } = await harness.query('{ status slowPlans { name } }');
    expect(Date.now() - started).toBeLessThan(1_400);
    expect(status).toBe(200);
    expect(body.data).toEqual({ status: 'ok', slowPlans: null });
    expect(body.errors?.map((e) => ({ path: e.path, code: e.extensions?.code }))).toEqual([{ path: ['slowPlans'], code: 'SUBGRAPH_UNAVAILABLE' }]);
  });

  it('leave a subgraph answering within its timeout untouched', async () => {
    harness.subgraphs.setSlowPlansDelay(50);
    const { body } = await harness.query('{ slowPlans { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ slowPlans: [{ name: 'Découverte' }, { name: 'Premium' }] });
  });
});
