import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BucketSpec, BucketStore } from '../../src/rate-limit/bucket.js';
import { FallbackBucketStore } from '../../src/rate-limit/fallback-store.js';
import { MemoryBucketStore } from '../../src/rate-limit/memory-store.js';
import { RedisBucketStore } from '../../src/rate-limit/redis-store.js';
import { createLogger } from '@phoenix/logger';

/** The behaviour every store shares; each store gets fresh bucket keys. */
function bucketStoreContract(name: string, open: () => Promise<BucketStore>) {
  describe(`${name} buckets`, () => {
    let store: BucketStore;
    const bucket = (capacity: number, refillPerSecond: number): BucketSpec => ({ key: `test:${randomUUID()}`, capacity, refillPerSecond });

    beforeAll(async () => {
      store = await open();
    });

    afterAll(async () => {
      await store.close();
    });

    it('take each operation’s cost until full, then refuse with a retry-after and change nothing', async () => {
      const spec = bucket(10, 1);
      expect(await store.take([spec], 4)).toEqual({ allowed: true, buckets: [{ remaining: 6, capacity: 10, refillPerSecond: 1 }] });
      expect(await store.take([spec], 6)).toMatchObject({ allowed: true, buckets: [{ remaining: 0 }] });
      const refused = await store.take([spec], 3);
      expect(refused).toMatchObject({ allowed: false, buckets: [{ remaining: 0 }] });
      expect(refused.allowed ? 0 : refused.retryAfterSeconds).toBeGreaterThanOrEqual(2);
      expect((await store.peek(spec)).remaining).toBe(0);
    });

    it('charge every bucket of an operation or none of them', async () => {
      const roomy = bucket(100, 1);
      const tight = bucket(5, 1);
      expect((await store.take([roomy, tight], 5)).allowed).toBe(true);
      expect((await store.take([roomy, tight], 5)).allowed).toBe(false);
      expect((await store.peek(roomy)).remaining).toBe(95);
    });

    it('let an operation costing more than a bucket holds through only when the bucket is empty', async () => {
      // A slow refill: the 45-unit debt cannot be repaid between two calls, even on a loaded machine.
      const spec = bucket(5, 1);
      expect((await store.take([spec], 50)).allowed).toBe(true);
      expect((await store.take([spec], 1)).allowed).toBe(false);
    });

    it('refill at their rate', async () => {
      const spec = bucket(10, 5);
      await store.take([spec], 10);
      expect((await store.take([spec], 5)).allowed).toBe(false);
      await sleep(1_200);
      expect((await store.take([spec], 5)).allowed).toBe(true);
    });

    it('report a bucket without charging it', async () => {
      const spec = bucket(7, 1);
      expect(await store.peek(spec)).toEqual({ remaining: 7, capacity: 7, refillPerSecond: 1 });
      expect(await store.peek(spec)).toEqual({ remaining: 7, capacity: 7, refillPerSecond: 1 });
    });
  });
}

bucketStoreContract('in-memory', async () => new MemoryBucketStore());

// Redis is optional: its buckets are tested only where REDIS_URL names one.
const redisUrl = process.env.REDIS_URL;
if (redisUrl) {
  bucketStoreContract('Redis', async () => {
    const store = new RedisBucketStore({ url: redisUrl, keyPrefix: `phoenix:test:${randomUUID()}:` });
    await store.connect();
    return store;
  });
}

describe('the in-memory store', () => {
  it('forgets drained buckets once it holds too many', async () => {
    let now = 0;
    const store = new MemoryBucketStore({ now: () => now, maxBuckets: 2 });
    const spec = (key: string): BucketSpec => ({ key, capacity: 10, refillPerSecond: 10 });
    await store.take([spec('a')], 10);
    await store.take([spec('b')], 10);
    expect(store.size).toBe(2);
    now = 2_000;
    await store.take([spec('c')], 10);
    expect(store.size).toBe(1);
    expect((await store.peek(spec('c'))).remaining).toBe(0);
  });
});

describe('the fallback store', () => {
  it('uses this gateway’s own buckets while the shared store fails', async () => {
    const failing: BucketStore = {
      take: () => Promise.reject(new Error('redis down')),
      peek: () => Promise.reject(new Error('redis down')),
      close: async () => {},
    };
    const store = new FallbackBucketStore(failing, new MemoryBucketStore(), createLogger('test', 'silent'));
    const spec: BucketSpec = { key: 'k', capacity: 3, refillPerSecond: 1 };
    expect((await store.take([spec], 3)).allowed).toBe(true);
    expect((await store.take([spec], 1)).allowed).toBe(false);
    expect((await store.peek(spec)).remaining).toBe(0);
  });
});
