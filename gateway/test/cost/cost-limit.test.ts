import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;
const PARTNER_KEY = 'phx_costly00_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

beforeAll(async () => {
  harness = await startHarness({
    env: {
      GATEWAY_COST_LIMIT_ANONYMOUS: '50',
      GATEWAY_BUCKET_CAPACITY_ANONYMOUS: '10000',
      GATEWAY_COST_LIMIT_FREE: '80',
      GATEWAY_COST_LIMIT_PREMIUM: '200',
    },
  });
  harness.subgraphs.partners.addKey({ key: PARTNER_KEY, keyId: 'key-costly', partnerId: 'acme', scopes: ['partner:billing.read'], costLimit: 30 });
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

describe('query cost', () => {
  it('refuses an operation above the caller’s limit with COST_LIMIT_EXCEEDED, the estimate and the limit, calling no subgraph', async () => {
    const { status, body } = await harness.query('{ catalog(first: 100) { name } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', cost: { estimated: 100, limit: 50 } });
    expect(body.extensions?.cost).toMatchObject({ estimated: 100, limit: 50 });
    expect(harness.receivedCount()).toBe(0);
  });

  it('reports the estimate, the limit and the caller’s bucket on a served operation', async () => {
    const { status, body } = await harness.query('{ catalog(first: 2) { name } forecast }');
    expect(status).toBe(200);
    expect(body.data).toEqual({ catalog: [{ name: 'Découverte' }, { name: 'Premium' }], forecast: expect.any(String) });
    expect(body.extensions?.cost).toEqual({ estimated: 2 + 40, limit: 50, bucket: { remaining: expect.any(Number), capacity: 10000, refillPerSecond: 50 } });
    expect(body.extensions?.cost?.bucket?.remaining).toBeLessThanOrEqual(10000 - 42);
  });

  it('reports the cost on refusals made before it is charged', async () => {
    const { status, body } = await harness.query('{ me { id } }');
    expect(status).toBe(401);
    expect(body.extensions?.cost).toMatchObject({ estimated: 1, limit: 50 });
  });

  it('applies the limit of the caller’s tier', async () => {
    const operation = '{ catalog(first: 100) { name } }';
    const free = await harness.query(operation, { token: await harness.tokenFor('FREE') });
    expect(free.status).toBe(400);
    expect(free.body.errors?.[0]?.extensions?.cost).toEqual({ estimated: 100, limit: 80 });
    const premium = await harness.query(operation, { token: await harness.tokenFor('PREMIUM') });
    expect(premium.status).toBe(200);
    expect(premium.body.extensions?.cost).toMatchObject({ estimated: 100, limit: 200 });
  });

  it('applies a partner key’s own cost limit', async () => {
    const { status, body } = await harness.query('{ forecast }', { apiKey: PARTNER_KEY });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', cost: { estimated: 40, limit: 30 } });
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuses a list without its required slicing argument with BAD_USER_INPUT, calling no subgraph', async () => {
    const { status, body } = await harness.query('{ catalog { name } }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'catalog' });
    expect(harness.receivedCount()).toBe(0);
  });
});
