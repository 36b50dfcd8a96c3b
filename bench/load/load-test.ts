import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  body: string;
  /** Returns false for a response body that is not a correct answer; counted as a mismatch. */
  verifyBody?: (body: string) => boolean;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  /** Correct 200 responses per second (2xx minus mismatched bodies, over the measured time). */
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Responses received, whatever their status. */
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** 2xx responses whose body was not a correct answer (e.g. partial data with errors). */
  mismatches: number;
  durationSeconds: number;
}

const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * Keeps `connections` clients sending the body back to back for `durationSeconds` (closed
 * model, like the published benchmark's constant-VUs mode). Latency percentiles are exact,
 * computed from every response's time.
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        ...(options.verifyBody ? { verifyBody: options.verifyBody } : {}),
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        const ok = result['2xx'] - result.mismatches;
        resolve({
          requestsPerSecond: round(ok / result.duration),
          p50Ms: round(percentile(latencies, 50)),
          p95Ms: round(percentile(latencies, 95)),
          p99Ms: round(percentile(latencies, 99)),
          responses: latencies.length,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          mismatches: result.mismatches,
          durationSeconds: result.duration,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

/** Nearest-rank percentile of ascending values; 0 for none. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
