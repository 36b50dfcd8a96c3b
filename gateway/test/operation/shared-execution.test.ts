import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness, type HarnessResponse } from '../support/harness.js';

let harness: Harness;
let unshared: Harness;

beforeAll(async () => {
  [harness, unshared] = await Promise.all([startHarness(), startHarness({ env: { GATEWAY_DEDUPLICATE_QUERIES: 'false' } })]);
});

afterAll(async () => {
  await Promise.all([harness.stop(), unshared.stop()]);
});

const SLOW = '{ slowPlans { name } }';

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const billingCalls = (target: Harness) => target.subgraphs.billing.received.length;

/**
 * Sends the requests while billing holds `slowPlans`: each one only once the previous one has
 * reached billing or joined a run in flight, so sharing never depends on timing.
 */
async function whileHeld(target: Harness, requests: (() => Promise<HarnessResponse>)[]): Promise<HarnessResponse[]> {
  const release = target.subgraphs.holdSlowPlans();
  const stats = target.gateway.sharedQueries;
  // A run reaches billing (which records it before holding it); a shared one joins a run.
  const reached = () => billingCalls(target) + (stats?.shared ?? 0);
  const pending: Promise<HarnessResponse>[] = [];
  try {
    for (const request of requests) {
      const before = reached();
      pending.push(request());
      await until(() => reached() > before, 'the request to reach the executor');
    }
  } finally {
    release();
  }
  return Promise.all(pending);
}

describe('identical queries in flight', () => {
  it('share one execution for anonymous callers, each answered in full', async () => {
    const calls = billingCalls(harness);
    const { executed, shared } = harness.gateway.sharedQueries!;
    const answers = await whileHeld(harness, [1, 2, 3].map(() => () => harness.query(SLOW)));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    for (const answer of answers) expect(answer.body.data).toEqual({ slowPlans: [{ name: 'Découverte' }, { name: 'Premium' }] });
    expect(billingCalls(harness) - calls).toBe(1);
    expect(harness.gateway.sharedQueries).toEqual({ executed: executed + 1, shared: shared + 2 });
  });

  it('run once per user: two users never share, and the same user with other variables neither', async () => {
    const [first, second] = await Promise.all([harness.tokenFor('FREE', { sub: 'user-one' }), harness.tokenFor('FREE', { sub: 'user-two' })]);
    const calls = billingCalls(harness);
    const answers = await whileHeld(harness, [
      () => harness.query(SLOW, { token: first }),
      () => harness.query(SLOW, { token: second }),
      () => harness.query('query ($skip: Boolean!) { slowPlans { name @skip(if: $skip) } }', { token: first, variables: { skip: false } }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(billingCalls(harness) - calls).toBe(3);
  });

  it('run every read of an administrator, whose reads are audited one by one', async () => {
    const admin = await harness.tokenFor('FREE', { sub: 'admin-one', roles: ['admin'] });
    const calls = billingCalls(harness);
    const { shared } = harness.gateway.sharedQueries!;
    await whileHeld(harness, [() => harness.query(SLOW, { token: admin }), () => harness.query(SLOW, { token: admin })]);
    expect(billingCalls(harness) - calls).toBe(2);
    expect(harness.gateway.sharedQueries?.shared).toBe(shared);
  });

  it('each run with GATEWAY_DEDUPLICATE_QUERIES=false', async () => {
    expect(unshared.gateway.sharedQueries).toBeUndefined();
    const calls = billingCalls(unshared);
    await whileHeld(unshared, [() => unshared.query(SLOW), () => unshared.query(SLOW)]);
    expect(billingCalls(unshared) - calls).toBe(2);
  });
});
