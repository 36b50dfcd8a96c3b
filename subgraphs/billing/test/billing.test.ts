import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { parseConfig } from '@phoenix/config';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { billingEnv } from '../src/config.js';
import { subscriptions } from '../src/db/schema.js';
import { BILLING_MIGRATIONS, createBillingSubgraph } from '../src/server.js';

const user = (userId: string, roles: string[] = []): Principal => ({ kind: 'user', userId, tier: 'FREE', roles, scopes: scopesForUser('FREE', roles) });

let database: DatabaseHandle;
let billing: TestSubgraph;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, BILLING_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  const config = parseConfig('billing', billingEnv, { NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  billing = await startTestSubgraph(await createBillingSubgraph({ database, config }));
});

afterAll(async () => {
  await billing.stop();
  await database.close();
});

const subscriptionOf = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { id subscription { plan status currentPeriodEnd cancelAtPeriodEnd } } } }`;

describe('billing subgraph', () => {
  it('serves the plan catalog with euro prices and quotas to anyone', async () => {
    const { data } = await billing.execute<{ plans: { tier: string; priceMonthlyEur: number; quotas: { lettersPerMonth: number | null } }[] }>(
      '{ plans { tier priceMonthlyEur quotas { lettersPerMonth irisMessagesPerDay irisContextDays coachingSessionsPerMonth } features } }',
    );
    expect(data?.plans.map((p) => [p.tier, p.priceMonthlyEur, p.quotas.lettersPerMonth])).toEqual([
      ['FREE', 0, 3],
      ['PREMIUM', 9.99, 50],
      ['PREMIUM_PLUS', 15.99, null],
    ]);
  });

  it('shows a user without payment on FREE with status NONE', async () => {
    const { data } = await billing.execute<{ _entities: { subscription: unknown }[] }>(subscriptionOf, { id: 'user-free' }, user('user-free'));
    expect(data?._entities[0]?.subscription).toEqual({ plan: 'FREE', status: 'NONE', currentPeriodEnd: null, cancelAtPeriodEnd: false });
  });

  it('resolves a stored subscription for its owner and for an admin', async () => {
    await database.db.insert(subscriptions).values({
      stripeSubscriptionId: 'sub_paid1',
      userId: 'user-paid',
      plan: 'PREMIUM',
      status: 'ACTIVE',
      currentPeriodEnd: new Date('2026-12-24T00:00:00Z'),
      startedAt: new Date('2026-11-24T00:00:00Z'),
      observedAt: new Date('2026-11-24T00:00:00Z'),
    });
    for (const principal of [user('user-paid'), user('someone-else', ['admin'])]) {
      const { data } = await billing.execute<{ _entities: { subscription: { plan: string; status: string; currentPeriodEnd: string } }[] }>(
        subscriptionOf,
        { id: 'user-paid' },
        principal,
      );
      expect(data?._entities[0]?.subscription).toMatchObject({ plan: 'PREMIUM', status: 'ACTIVE', currentPeriodEnd: '2026-12-24T00:00:00.000Z' });
    }
  });

  it("refuses another user's subscription and an anonymous caller", async () => {
    const other = await billing.execute(subscriptionOf, { id: 'user-paid' }, user('intruder'));
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await billing.execute(subscriptionOf, { id: 'user-paid' });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
