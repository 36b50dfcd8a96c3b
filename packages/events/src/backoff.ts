/** Exponential backoff: `initialMs`, then × `factor` per further attempt, never above `maxMs`. */
export interface BackoffOptions {
  initialMs?: number;
  maxMs?: number;
  factor?: number;
}

/** Milliseconds to wait before the attempt that follows failed attempt number `attempt` (1-based). */
export type Backoff = (attempt: number) => number;

/** An exponential {@link Backoff}; defaults: 200 ms, doubling, at most 60 s. */
export function exponentialBackoff({ initialMs = 200, maxMs = 60_000, factor = 2 }: BackoffOptions = {}): Backoff {
  return (attempt) => Math.min(maxMs, initialMs * factor ** Math.max(0, attempt - 1));
}
