import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  // The supergraph routes billing to a host that does not exist; the environment fixes it.
  harness = await startHarness({
    routingUrls: { billing: 'http://billing.invalid:4002/graphql' },
    env: (subgraphs) => ({ SUBGRAPH_BILLING_URL: subgraphs.billing.url }),
  });
});

afterAll(async () => {
  await harness.stop();
});

describe('SUBGRAPH_<NAME>_URL', () => {
  it('replaces the routing URL the supergraph gives that subgraph', async () => {
    const { body } = await harness.query('{ plans { name } }');
    expect(body.data).toEqual({ plans: [{ name: 'Découverte' }, { name: 'Premium' }] });
    expect(harness.subgraphs.billing.received).toHaveLength(1);
  });

  it('is also where readiness probes the subgraph', async () => {
    const response = await fetch(`${harness.origin}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ subgraphs: { accounts: 'ok', billing: 'ok' } });
  });
});
