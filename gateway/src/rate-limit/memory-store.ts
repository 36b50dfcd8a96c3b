import { drained, report, secondsUntilRoom, type BucketReport, type BucketSpec, type BucketStore, type TakeResult } from './bucket.js';

interface Level {
  level: number;
  updatedAtMs: number;
  refillPerSecond: number;
}

export interface MemoryBucketStoreOptions {
  /** Clock in milliseconds, for tests. */
  now?: () => number;
  /** Above this many buckets, drained ones are forgotten. */
  maxBuckets?: number;
}

/** Buckets in this process: the default, exact for a single gateway. */
export class MemoryBucketStore implements BucketStore {
  private readonly levels = new Map<string, Level>();
  private readonly now: () => number;
  private readonly maxBuckets: number;

  constructor(options: MemoryBucketStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxBuckets = options.maxBuckets ?? 100_000;
  }

  async take(buckets: readonly BucketSpec[], cost: number): Promise<TakeResult> {
    const nowMs = this.now();
    const levels = buckets.map((spec) => this.levelOf(spec, nowMs));
    let retryAfterSeconds = 0;
    buckets.forEach((spec, index) => {
      const level = levels[index] ?? 0;
      if (level + Math.min(cost, spec.capacity) > spec.capacity) retryAfterSeconds = Math.max(retryAfterSeconds, secondsUntilRoom(level, cost, spec));
    });
    if (retryAfterSeconds > 0) return { allowed: false, retryAfterSeconds, buckets: buckets.map((spec, index) => report(levels[index] ?? 0, spec)) };
    const after = buckets.map((spec, index) => {
      const level = (levels[index] ?? 0) + Math.min(cost, spec.capacity);
      // Re-inserting keeps the map in least-recently-charged order for forgetDrained.
      this.levels.delete(spec.key);
      this.levels.set(spec.key, { level, updatedAtMs: nowMs, refillPerSecond: spec.refillPerSecond });
      return report(level, spec);
    });
    if (this.levels.size > this.maxBuckets) this.forgetDrained(nowMs);
    return { allowed: true, buckets: after };
  }

  /** How many buckets are held right now. */
  get size(): number {
    return this.levels.size;
  }

  async peek(bucket: BucketSpec): Promise<BucketReport> {
    return report(this.levelOf(bucket, this.now()), bucket);
  }

  async close(): Promise<void> {
    this.levels.clear();
  }

  private levelOf(spec: BucketSpec, nowMs: number): number {
    const stored = this.levels.get(spec.key);
    return stored ? drained(stored.level, stored.updatedAtMs, nowMs, spec) : 0;
  }

  private forgetDrained(nowMs: number): void {
    for (const [key, stored] of this.levels) {
      if (stored.level - ((nowMs - stored.updatedAtMs) / 1000) * stored.refillPerSecond <= 0) this.levels.delete(key);
    }
    // Under a flood of distinct callers, memory wins over exactness: the oldest buckets go.
    for (const key of this.levels.keys()) {
      if (this.levels.size <= this.maxBuckets) break;
      this.levels.delete(key);
    }
  }
}
