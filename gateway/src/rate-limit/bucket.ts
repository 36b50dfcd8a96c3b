/** One leaky bucket: it fills with the cost of each operation and drains at `refillPerSecond`. */
export interface BucketSpec {
  /** e.g. `user:<id>`, `key:<api key id>`, `ip:<address>`. */
  key: string;
  capacity: number;
  refillPerSecond: number;
}

/** A bucket as reported to clients in `extensions.cost.bucket`. */
export interface BucketReport {
  remaining: number;
  capacity: number;
  refillPerSecond: number;
}

export type TakeResult =
  | { allowed: true; buckets: BucketReport[] }
  | { allowed: false; retryAfterSeconds: number; buckets: BucketReport[] };

/** Where bucket levels live: this process, or Redis when several gateways share them. */
export interface BucketStore {
  /**
   * Charges `cost` to every bucket, or to none when one of them lacks room (then nothing
   * changes and `retryAfterSeconds` says when all would have room). A cost above a bucket's
   * capacity needs that bucket empty.
   */
  take(buckets: readonly BucketSpec[], cost: number): Promise<TakeResult>;
  /** The bucket's state, without charging it. */
  peek(bucket: BucketSpec): Promise<BucketReport>;
  close(): Promise<void>;
}

/** The level of a bucket after draining since `updatedAtMs`. */
export function drained(level: number, updatedAtMs: number, nowMs: number, spec: BucketSpec): number {
  return Math.max(0, level - (Math.max(0, nowMs - updatedAtMs) / 1000) * spec.refillPerSecond);
}

/** Seconds until `level` leaves room for `cost`, at least 1 (the Retry-After header is in whole seconds). */
export function secondsUntilRoom(level: number, cost: number, spec: BucketSpec): number {
  const excess = level + Math.min(cost, spec.capacity) - spec.capacity;
  return Math.max(1, Math.ceil(excess / spec.refillPerSecond));
}

export function report(level: number, spec: BucketSpec): BucketReport {
  return { remaining: Math.max(0, Math.floor(spec.capacity - level)), capacity: spec.capacity, refillPerSecond: spec.refillPerSecond };
}
