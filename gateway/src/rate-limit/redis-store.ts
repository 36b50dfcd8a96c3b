import { Redis } from 'ioredis';
import { report, type BucketReport, type BucketSpec, type BucketStore, type TakeResult } from './bucket.js';

// Atomic over all the buckets of one operation, on Redis's clock so every gateway agrees.
// KEYS: buckets; ARGV: cost, then capacity and refill per second of each bucket, then 1 to charge (0 to peek).
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cost = tonumber(ARGV[1])
local charge = ARGV[2 + 2 * #KEYS] == '1'
local levels = {}
local retry = 0
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i])
  local rate = tonumber(ARGV[2 * i + 1])
  local stored = redis.call('HMGET', KEYS[i], 'l', 't')
  local level = tonumber(stored[1]) or 0
  local at = tonumber(stored[2]) or now
  level = math.max(0, level - math.max(0, now - at) * rate / 1000)
  levels[i] = level
  local excess = level + math.min(cost, capacity) - capacity
  if excess > 0 then retry = math.max(retry, math.ceil(excess / rate)) end
end
local result = { retry }
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i])
  local rate = tonumber(ARGV[2 * i + 1])
  if charge and retry == 0 then
    levels[i] = levels[i] + math.min(cost, capacity)
    redis.call('HSET', KEYS[i], 'l', tostring(levels[i]), 't', tostring(now))
    redis.call('PEXPIRE', KEYS[i], math.ceil(levels[i] / rate * 1000) + 1000)
  end
  result[i + 1] = tostring(levels[i])
end
return result
`;

export interface RedisBucketStoreOptions {
  url: string;
  /** Prefix of every key, e.g. to share one Redis between environments. */
  keyPrefix?: string;
  /** A Redis command slower than this fails (and the caller falls back). */
  commandTimeoutMs?: number;
}

type TakeCommand = (numberOfKeys: number, ...keysAndArgs: string[]) => Promise<[number | string, ...string[]]>;

/** Buckets shared by every gateway through Redis (`REDIS_URL`). */
export class RedisBucketStore implements BucketStore {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(options: RedisBucketStoreOptions) {
    this.prefix = options.keyPrefix ?? 'phoenix:bucket:';
    this.redis = new Redis(options.url, {
      lazyConnect: true,
      // Fail fast and let the gateway fall back to its own buckets instead of queueing requests.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 200,
    });
    this.redis.defineCommand('phoenixTakeBuckets', { lua: TAKE });
    // Failures surface through the commands (and the fallback's warning); ioredis keeps reconnecting.
    this.redis.on('error', () => {});
  }

  async connect(): Promise<void> {
    await this.redis.connect();
  }

  async take(buckets: readonly BucketSpec[], cost: number): Promise<TakeResult> {
    const [retry, ...levels] = await this.run(buckets, cost, true);
    const reports = buckets.map((spec, index) => report(Number(levels[index] ?? 0), spec));
    const retryAfterSeconds = Number(retry);
    return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, retryAfterSeconds), buckets: reports } : { allowed: true, buckets: reports };
  }

  async peek(bucket: BucketSpec): Promise<BucketReport> {
    const [, level] = await this.run([bucket], 0, false);
    return report(Number(level ?? 0), bucket);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }

  private run(buckets: readonly BucketSpec[], cost: number, charge: boolean) {
    const command = (this.redis as unknown as { phoenixTakeBuckets: TakeCommand }).phoenixTakeBuckets.bind(this.redis);
    const args = [String(cost), ...buckets.flatMap((spec) => [String(spec.capacity), String(spec.refillPerSecond)]), charge ? '1' : '0'];
    return command(buckets.length, ...buckets.map((spec) => this.prefix + spec.key), ...args);
  }
}
