import { isIP } from 'node:net';
import type { Principal } from '@phoenix/context-token';
import type { BucketSpec } from '../rate-limit/bucket.js';

/** The kinds of caller the limits are configured for. */
export const LIMIT_KINDS = ['anonymous', 'free', 'premium', 'premium_plus', 'partner', 'admin'] as const;
export type LimitKind = (typeof LIMIT_KINDS)[number];

export interface BucketSettings {
  capacity: number;
  refillPerSecond: number;
}

export interface KindLimits {
  /** The highest estimated cost of one operation. */
  cost: number;
  bucket: BucketSettings;
}

/** Limits per kind of caller, plus the bucket every client address has whoever signs in. */
export type CostLimits = Record<LimitKind, KindLimits> & { ip: BucketSettings };

/** A partner key's own limits, which replace its kind's. */
export interface PartnerKeyLimits {
  costLimit?: number | undefined;
  refillPerSecond?: number | undefined;
}

/** What applies to one request: its cost limit and the buckets it is charged to. */
export interface AppliedLimits {
  kind: LimitKind;
  costLimit: number;
  buckets: [own: BucketSpec, address: BucketSpec];
}

/** An administrator, a user by tier, a partner key, or anonymous. */
export function limitKind(principal: Principal): LimitKind {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'partner':
      return 'partner';
    case 'user':
      return principal.scopes.includes('admin') ? 'admin' : (principal.tier.toLowerCase() as LimitKind);
  }
}

/**
 * The limits and buckets of a request: the caller's own bucket (anonymous callers share one
 * per address) and the bucket of the client address, which every caller from it shares.
 */
export function limitsFor(principal: Principal, clientIp: string, limits: CostLimits, keyLimits?: PartnerKeyLimits): AppliedLimits {
  const kind = limitKind(principal);
  const address = ipBucketKey(clientIp);
  let costLimit = limits[kind].cost;
  let bucket = limits[kind].bucket;
  if (principal.kind === 'partner' && keyLimits) {
    costLimit = keyLimits.costLimit ?? costLimit;
    bucket = { capacity: Math.max(bucket.capacity, costLimit), refillPerSecond: keyLimits.refillPerSecond ?? bucket.refillPerSecond };
  }
  const own = principal.kind === 'anonymous' ? `anonymous:${address}` : principal.kind === 'partner' ? `key:${principal.keyId}` : `user:${principal.userId}`;
  return { kind, costLimit, buckets: [{ key: own, ...bucket }, { key: address, ...limits.ip }] };
}

/** An IPv4 address, or the /64 network of an IPv6 one (one host usually owns the whole /64). */
export function ipBucketKey(ip: string): string {
  const address = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  if (isIP(address) !== 6) return `ip:${address}`;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `ip:${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
