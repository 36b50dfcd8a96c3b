import { Agent, request } from 'undici';
import type { SeededUser } from '../../../bench/phoenix/seed.js';

/** What a response was: the whole answer, an answer with errors on some paths, or no useful answer. */
export type Outcome = 'complete' | 'partial' | 'failed';

export interface Classified {
  outcome: Outcome;
  /** `extensions.code` of every error. */
  codes: string[];
  /** Every error's path, joined with dots. */
  paths: string[];
}

export interface TrafficRecord extends Classified {
  sentAt: number;
  doneAt: number;
  /** HTTP status, or 0 when the request itself failed (connection refused, reset, timeout). */
  status: number;
}

export interface TrafficOptions {
  url: string;
  query: string;
  users: SeededUser[];
  concurrency: number;
  classify: (status: number, body: string) => Classified;
  /** Keep every response for `records` and `count` (default true); a long soak keeps only the sums. */
  keepRecords?: boolean;
}

export interface TrafficSummary {
  requests: number;
  statuses: Record<string, number>;
  outcomes: Record<Outcome, number>;
  /** Responses with a 5xx status. */
  serverErrors: number;
  /** Requests that got no HTTP answer at all. */
  transportErrors: number;
  codes: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  seconds: number;
}

export interface Traffic {
  /** Every response so far (with `keepRecords`). */
  readonly records: readonly TrafficRecord[];
  /** Responses so far matching `predicate` (needs `keepRecords`). */
  count(predicate: (record: TrafficRecord) => boolean): number;
  /** Stops sending, waits for the requests in flight, and sums everything up. */
  stop(): Promise<TrafficSummary>;
}

const REQUEST_TIMEOUT_MS = 30_000;
const LATENCY_SAMPLES = 100_000;

/**
 * `concurrency` clients sending `query` back to back, each request as the next seeded user
 * (tokens read at send time, so a refresh takes effect at once), until stopped.
 */
export function startTraffic(options: TrafficOptions): Traffic {
  const agent = new Agent({ connections: options.concurrency, keepAliveTimeout: 10_000 });
  const body = JSON.stringify({ query: options.query });
  const records: TrafficRecord[] = [];
  const statuses: Record<string, number> = {};
  const outcomes: Record<Outcome, number> = { complete: 0, partial: 0, failed: 0 };
  const codes: Record<string, number> = {};
  const latencies: number[] = [];
  let requests = 0;
  let transportErrors = 0;
  let stopping = false;
  let turn = 0;
  const started = performance.now();

  const note = (record: TrafficRecord) => {
    requests++;
    statuses[record.status] = (statuses[record.status] ?? 0) + 1;
    outcomes[record.outcome]++;
    for (const code of record.codes) codes[code] = (codes[code] ?? 0) + 1;
    if (latencies.length < LATENCY_SAMPLES) latencies.push(record.doneAt - record.sentAt);
    if (options.keepRecords !== false) records.push(record);
  };

  const worker = async () => {
    while (!stopping) {
      const user = options.users[turn++ % options.users.length] as SeededUser;
      const sentAt = performance.now();
      try {
        const response = await request(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` },
          body,
          dispatcher: agent,
          headersTimeout: REQUEST_TIMEOUT_MS,
          bodyTimeout: REQUEST_TIMEOUT_MS,
        });
        const text = await response.body.text();
        note({ sentAt, doneAt: performance.now(), status: response.statusCode, ...options.classify(response.statusCode, text) });
      } catch {
        transportErrors++;
        note({ sentAt, doneAt: performance.now(), status: 0, outcome: 'failed', codes: ['TRANSPORT'], paths: [] });
        // A refused connection fails at once: do not spin.
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const workers = Array.from({ length: options.concurrency }, worker);

  return {
    records,
    count(predicate) {
      if (options.keepRecords === false) throw new Error('count() needs keepRecords');
      return records.filter(predicate).length;
    },
    async stop() {
      stopping = true;
      await Promise.all(workers);
      await agent.close();
      latencies.sort((a, b) => a - b);
      const at = (p: number) => Math.round(latencies[Math.max(0, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0);
      const serverErrors = Object.entries(statuses).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0);
      return {
        requests,
        statuses,
        outcomes,
        serverErrors,
        transportErrors,
        codes,
        p50Ms: at(50),
        p95Ms: at(95),
        maxMs: Math.round(latencies.at(-1) ?? 0),
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
    },
  };
}

interface GraphQLBody {
  data?: { me?: Record<string, unknown> | null } | null;
  errors?: { path?: (string | number)[]; extensions?: { code?: string } }[];
}

/**
 * Classifies a dashboard answer: `complete` when `me` and every field in `required` are
 * there and there is no error; `partial` when `me` is there with errors on some paths.
 */
export function dashboardClassifier(required: readonly string[]): (status: number, body: string) => Classified {
  return (status, body) => {
    let parsed: GraphQLBody;
    try {
      parsed = JSON.parse(body) as GraphQLBody;
    } catch {
      return { outcome: 'failed', codes: [`HTTP_${status}_NOT_JSON`], paths: [] };
    }
    const errors = parsed.errors ?? [];
    const codes = errors.map((error) => error.extensions?.code ?? 'NO_CODE');
    const paths = errors.map((error) => (error.path ?? []).join('.'));
    const me = parsed.data?.me;
    if (status !== 200 || !me) return { outcome: 'failed', codes, paths };
    if (errors.length === 0 && required.every((field) => me[field] !== null && me[field] !== undefined)) return { outcome: 'complete', codes, paths };
    return { outcome: 'partial', codes, paths };
  };
}
