import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type DatabaseHandle } from '@phoenix/db';
import { measureEventLag } from '../../../bench/event-lag.js';

describe('measureEventLag', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('measures commit-to-handler latency of every event published at the given rate, through NOTIFY', async () => {
    const result = await measureEventLag({ database, ratePerSecond: 100, count: 30 });
    expect(result).toMatchObject({ ratePerSecond: 100, count: 30 });
    expect(result.medianMs).toBeGreaterThanOrEqual(0);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.medianMs);
    // The consumer polls every 60 s; anything near that would mean NOTIFY did not wake it.
    expect(result.p99Ms).toBeLessThan(5_000);
  });
});
