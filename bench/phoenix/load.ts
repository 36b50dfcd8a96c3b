import autocannon from 'autocannon';
import { percentile } from '../load/load-test.js';

export interface UserLoadOptions {
  url: string;
  body: string;
  /** The bearer token of the next request; called once per request (e.g. round robin over users). */
  nextToken: () => string;
  /** True for a complete, correct answer. */
  isComplete: (body: string) => boolean;
  connections: number;
  durationSeconds: number;
}

export interface UserLoadResult {
  /** Complete 200 answers per second over the measured time. */
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Responses received, whatever their status. */
  responses: number;
  complete: number;
  /** 200 answers that were not complete (partial data, `errors`). */
  incomplete: number;
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
  /** Refusals by the rate limits (HTTP 429): the bench must not be measuring these. */
  rateLimited: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  durationSeconds: number;
}

const REQUEST_TIMEOUT_SECONDS = 10;

/**
 * `connections` clients sending `body` back to back for `durationSeconds`, each request with
 * the next caller's token, every answer checked. Latency percentiles are exact (every
 * response's time), over every response whatever its status.
 */
export function runUserLoad(options: UserLoadOptions): Promise<UserLoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let complete = 0;
  let incomplete = 0;
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
        requests: [
          {
            setupRequest: (request) => ({ ...request, headers: { ...request.headers, authorization: `Bearer ${options.nextToken()}` } }),
            onResponse: (status, body) => {
              statuses[status] = (statuses[status] ?? 0) + 1;
              if (status !== 200) return;
              if (options.isComplete(body)) complete++;
              else incomplete++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          requestsPerSecond: round(complete / result.duration),
          p50Ms: round(percentile(latencies, 50)),
          p95Ms: round(percentile(latencies, 95)),
          p99Ms: round(percentile(latencies, 99)),
          responses: latencies.length,
          complete,
          incomplete,
          statuses,
          rateLimited: statuses['429'] ?? 0,
          errors: result.errors,
          timeouts: result.timeouts,
          durationSeconds: result.duration,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
