import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({
    env: {
      GATEWAY_COST_LIMIT_ANONYMOUS: '4',
      GATEWAY_BUCKET_CAPACITY_ANONYMOUS: '4',
      GATEWAY_BUCKET_REFILL_ANONYMOUS: '1',
      GATEWAY_COST_LIMIT_FREE: '100',
      GATEWAY_BUCKET_CAPACITY_FREE: '100',
      GATEWAY_BUCKET_CAPACITY_IP: '12',
      GATEWAY_BUCKET_REFILL_IP: '1',
    },
  });
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

describe('the cost-based bucket', () => {
  it('drains by each operation’s cost, answers 429 RATE_LIMITED with Retry-After without calling a subgraph, then refills', async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { status, body } = await harness.query('{ status }');
      expect(status).toBe(200);
      remaining.push(body.extensions?.cost?.bucket?.remaining ?? -1);
    }
    expect(remaining).toEqual([3, 2, 1, 0]);
    harness.clearReceived();

    const refused = await harness.query('{ status }');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(refused.body.extensions?.cost?.bucket).toEqual({ remaining: 0, capacity: 4, refillPerSecond: 1 });
    expect(harness.receivedCount()).toBe(0);

    await sleep(1_050);
    expect((await harness.query('{ status }')).status).toBe(200);
  });

  it('shares one bucket per client address between every caller using it', async () => {
    // The anonymous test above used 5 of the address's 12 points; two users now share the other 7.
    const [alice, bob] = await Promise.all([harness.tokenFor('FREE', { sub: 'alice' }), harness.tokenFor('FREE', { sub: 'bob' })]);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await harness.query('{ status }', { token: alice })).status);
    for (let i = 0; i < 5; i++) statuses.push((await harness.query('{ status }', { token: bob })).status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(7);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(9);
    expect(statuses.at(-1)).toBe(429);
  });
});
