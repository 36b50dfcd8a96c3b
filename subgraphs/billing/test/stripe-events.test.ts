import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { BILLING_MIGRATIONS } from '../src/migrations.js';
import { claimEvent, wasProcessed } from '../src/store/stripe-events.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, BILLING_MIGRATIONS);
});

afterAll(async () => {
  await database.close();
});

describe('Stripe event claims', () => {
  it('grants an event id to one transaction only, even when several claim it at once', async () => {
    const event = { id: 'evt_claimedOnce1', type: 'invoice.paid', created: 1_795_000_000 };
    const claims = await Promise.all([1, 2, 3].map(() => database.db.transaction((tx) => claimEvent(tx, event))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await wasProcessed(database.db, event.id)).toBe(true);
  });

  it('releases the claim when the transaction that made it rolls back', async () => {
    const event = { id: 'evt_rolledBack1', type: 'invoice.paid', created: 1_795_000_000 };
    await expect(
      database.db.transaction(async (tx) => {
        await claimEvent(tx, event);
        throw new Error('effect failed');
      }),
    ).rejects.toThrow('effect failed');
    expect(await wasProcessed(database.db, event.id)).toBe(false);
    expect(await database.db.transaction((tx) => claimEvent(tx, event))).toBe(true);
  });
});
