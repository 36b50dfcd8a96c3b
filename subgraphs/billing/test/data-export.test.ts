import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '@phoenix/context-token';
import { billingExportSchema } from '../src/export/schema.js';
import type { BillingSection } from '../src/export/billing-section.js';
import { eventObject } from './support/fake-stripe/objects.js';
import { changed, subscribe } from './support/flows.js';
import { startBilling, userPrincipal, type BillingHarness } from './support/harness.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';

const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId billing } } }`;
type Exported = { _entities: ({ userId: string; billing: BillingSection } | null)[] };

let harness: BillingHarness;

beforeAll(async () => {
  harness = await startBilling();
});

afterAll(async () => {
  await harness.close();
});

async function exportOf(userId: string, principal: Principal) {
  return harness.billing.execute<Exported>(EXPORT, { userId }, principal);
}

describe('DataExport.billing', () => {
  it("gives the user their Stripe customer and subscriptions, newest first, valid against the published JSON Schema", async () => {
    const payer = userPrincipal('FREE');
    const first = await subscribe(harness, payer, 'PREMIUM');
    const ended = changed(first, { status: 'canceled', ended_at: Number(first.created) + 60 });
    expect((await harness.deliver(eventObject('customer.subscription.deleted', ended, { created: Number(first.created) + 60 }))).status).toBe(200);
    const second = await subscribe(harness, payer, 'PREMIUM_PLUS');

    const { data, errors } = await exportOf(payer.userId, payer);

    expect(errors).toBeUndefined();
    const section = data!._entities[0]!.billing;
    expect(schemaProblems(billingExportSchema, section)).toEqual([]);
    expect(section.customer?.stripeCustomerId).toBe(String(first.customer));
    expect(harness.stripe!.customers.has(section.customer!.stripeCustomerId)).toBe(true);
    const byId = new Map(section.subscriptions.map((subscription) => [subscription.stripeSubscriptionId, subscription]));
    expect(byId.get(second.id)).toMatchObject({ plan: 'PREMIUM_PLUS', status: 'ACTIVE', cancelAtPeriodEnd: false, endedAt: null });
    expect(byId.get(first.id)).toMatchObject({ plan: 'PREMIUM', status: 'CANCELED' });
    const starts = section.subscriptions.map((subscription) => subscription.startedAt);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it('gives a user who never paid no customer and no subscriptions, still valid', async () => {
    const newcomer = userPrincipal();
    const { data } = await exportOf(newcomer.userId, newcomer);
    expect(data!._entities[0]!.billing).toEqual({ customer: null, subscriptions: [] });
    expect(schemaProblems(billingExportSchema, data!._entities[0]!.billing)).toEqual([]);
  });

  it.each([
    ['another user', userPrincipal()],
    ['an admin', { kind: 'user', userId: randomUUID(), tier: 'FREE', roles: ['admin'], scopes: ['admin'] } as Principal],
    ['a partner key', { kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes: ['partner:billing.read'] } as Principal],
  ])("refuses %s the user's export with FORBIDDEN", async (_who, principal) => {
    const owner = userPrincipal();
    const { data, errors } = await exportOf(owner.userId, principal);
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(data?._entities[0] ?? null).toBeNull();
  });
});
