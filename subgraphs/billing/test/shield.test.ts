import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '@phoenix/context-token';
import { parseConfig } from '@phoenix/config';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { billingEnv } from '../src/config.js';
import { BILLING_MIGRATIONS, createBillingSubgraph } from '../src/server.js';

const partner = (scopes: string[]): Principal => ({ kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes });

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

describe('billing behind its shield', () => {
  it('refuses a partner key without partner:billing.read, even reached without the gateway', async () => {
    const refused = await billing.execute('{ plans { tier } }', {}, partner(['partner:accounts.read']));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const allowed = await billing.execute<{ plans: unknown[] }>('{ plans { tier } }', {}, partner(['partner:billing.read']));
    expect(allowed.data?.plans).toHaveLength(3);
  });

  it('refuses a partner a user’s subscription, having no way to check that user’s consent', async () => {
    const result = await billing.execute(
      'query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { subscription { plan } } } }',
      { id: '00000000-0000-4000-8000-000000000001' },
      partner(['partner:billing.read']),
    );
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });
});
