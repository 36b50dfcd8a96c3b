import type { Logger } from '@phoenix/logger';
import type { BucketReport, BucketSpec, BucketStore, TakeResult } from './bucket.js';

/**
 * Uses the shared store and, while it fails (Redis down or slow), this gateway's own
 * buckets: limits keep applying per gateway instead of every request failing or going unchecked.
 */
export class FallbackBucketStore implements BucketStore {
  private lastWarningMs = 0;

  constructor(
    private readonly shared: BucketStore,
    private readonly local: BucketStore,
    private readonly logger: Logger,
  ) {}

  async take(buckets: readonly BucketSpec[], cost: number): Promise<TakeResult> {
    try {
      return await this.shared.take(buckets, cost);
    } catch (error) {
      this.warn(error);
      return this.local.take(buckets, cost);
    }
  }

  async peek(bucket: BucketSpec): Promise<BucketReport> {
    try {
      return await this.shared.peek(bucket);
    } catch (error) {
      this.warn(error);
      return this.local.peek(bucket);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.shared.close(), this.local.close()]);
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarningMs < 10_000) return;
    this.lastWarningMs = now;
    this.logger.warn({ err: error }, 'shared rate-limit store unavailable; using this gateway’s own buckets');
  }
}
