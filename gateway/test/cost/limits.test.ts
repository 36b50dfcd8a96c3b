import { describe, expect, it } from '@jest/globals';
import type { Principal } from '@phoenix/context-token';
import { ipBucketKey, limitsFor, type CostLimits } from '../../src/cost/limits.js';

const bucket = (capacity: number, refillPerSecond: number) => ({ capacity, refillPerSecond });
const LIMITS: CostLimits = {
  anonymous: { cost: 10, bucket: bucket(20, 1) },
  free: { cost: 100, bucket: bucket(200, 2) },
  premium: { cost: 200, bucket: bucket(400, 4) },
  premium_plus: { cost: 300, bucket: bucket(600, 6) },
  partner: { cost: 50, bucket: bucket(500, 5) },
  admin: { cost: 1000, bucket: bucket(2000, 20) },
  ip: bucket(5000, 50),
};

const user = (tier: 'FREE' | 'PREMIUM' | 'PREMIUM_PLUS', roles: string[] = []): Principal => ({
  kind: 'user',
  userId: 'u1',
  tier,
  roles,
  scopes: roles.includes('admin') ? ['admin'] : [],
});

describe('limits per caller', () => {
  it('follow the tier of a user, and the admin role above any tier', () => {
    expect(limitsFor(user('FREE'), '10.0.0.1', LIMITS).costLimit).toBe(100);
    expect(limitsFor(user('PREMIUM'), '10.0.0.1', LIMITS).costLimit).toBe(200);
    expect(limitsFor(user('PREMIUM_PLUS'), '10.0.0.1', LIMITS).costLimit).toBe(300);
    expect(limitsFor(user('FREE', ['admin']), '10.0.0.1', LIMITS)).toMatchObject({ kind: 'admin', costLimit: 1000 });
  });

  it('charge the caller’s own bucket and the bucket of the address', () => {
    expect(limitsFor(user('FREE'), '10.0.0.1', LIMITS).buckets).toEqual([
      { key: 'user:u1', capacity: 200, refillPerSecond: 2 },
      { key: 'ip:10.0.0.1', capacity: 5000, refillPerSecond: 50 },
    ]);
    expect(limitsFor({ kind: 'anonymous' }, '10.0.0.1', LIMITS).buckets[0]).toEqual({ key: 'anonymous:ip:10.0.0.1', capacity: 20, refillPerSecond: 1 });
  });

  it('use a partner key’s own cost limit and rate, widening its bucket to fit its limit', () => {
    const partner: Principal = { kind: 'partner', partnerId: 'acme', keyId: 'k1', scopes: [] };
    expect(limitsFor(partner, '10.0.0.1', LIMITS, { costLimit: 800, refillPerSecond: 9 })).toMatchObject({
      costLimit: 800,
      buckets: [{ key: 'key:k1', capacity: 800, refillPerSecond: 9 }, { key: 'ip:10.0.0.1' }],
    });
    expect(limitsFor(partner, '10.0.0.1', LIMITS, {}).costLimit).toBe(50);
  });
});

describe('address buckets', () => {
  it('group an IPv6 client by its /64 and unwrap IPv4-mapped addresses', () => {
    expect(ipBucketKey('2001:db8:0:12:abcd::1')).toBe('ip:2001:db8:0:12::/64');
    expect(ipBucketKey('2001:db8:0:12:ffff:ffff:ffff:ffff')).toBe('ip:2001:db8:0:12::/64');
    expect(ipBucketKey('::ffff:192.0.2.7')).toBe('ip:192.0.2.7');
    expect(ipBucketKey('192.0.2.7')).toBe('ip:192.0.2.7');
  });
});
