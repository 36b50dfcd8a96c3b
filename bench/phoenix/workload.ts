import { pathToFileURL } from 'node:url';
import type { DatabaseKind } from './database.js';
import { DASHBOARD_QUERY, isCompleteDashboard } from './dashboard.js';
import { startGatewayInProcess } from './gateway.js';
import { graphqlRequest } from './graphql-client.js';
import { runUserLoad, type UserLoadResult } from './load.js';
import { seedUsers, type SeededUser } from './seed.js';
import { SqlCounter } from './sql-counter.js';
import { startPhoenixStack } from './stack.js';

export interface PhoenixWorkloadOptions {
  /** Each database measured in turn; `postgres` needs `serverUrl`. */
  databases: DatabaseKind[];
  serverUrl?: string | undefined;
  /** Seeded users the requests rotate over (default 8). */
  users?: number;
  lettersPerUser?: number;
  explorationsPerUser?: number;
  connections?: number;
  warmupSeconds?: number;
  durationSeconds?: number;
  log?: (line: string) => void;
}

export interface PhoenixWorkloadFigure extends Partial<Omit<UserLoadResult, 'statuses'>> {
  database: DatabaseKind;
  users: number;
  connections: number;
  /** Responses by HTTP status during the measurement. */
  statuses?: Record<string, number>;
  /** Responses that were not HTTP 200. */
  non2xx?: number;
  /** SQL statements per dashboard, all subgraphs together (counted on requests sent one at a time). */
  sqlPerRequest?: number;
  /** The same by Postgres schema, i.e. by subgraph. */
  sqlPerRequestBySubgraph?: Record<string, number>;
  /**
   * CPU time of this one process (gateway, four subgraphs, PGlite when embedded, and the load
   * generator) per answer; PostgreSQL's own processes are not counted.
   */
  processCpuMsPerRequest?: number;
  /** The dashboard's cost as the gateway estimates it. */
  estimatedCost?: number;
  setupSeconds?: number;
  error?: string;
}

const DEFAULTS = { users: 8, lettersPerUser: 3, explorationsPerUser: 3, connections: 50, warmupSeconds: 5, durationSeconds: 20 };

/**
 * The Phoenix workload: the signed-in dashboard (accounts, aube, letters, billing) through our
 * gateway with every protection on, in front of the real subgraphs on a fresh database with
 * seeded users, at `connections` concurrent users rotating over them; requests/s, latency and
 * SQL statements per request. The whole stack runs in this process, as `npm start` does.
 */
export async function runPhoenixWorkload(options: PhoenixWorkloadOptions): Promise<PhoenixWorkloadFigure[]> {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const log = options.log ?? (() => undefined);
  const figures: PhoenixWorkloadFigure[] = [];
  for (const database of options.databases) {
    const base = { database, users: settings.users, connections: settings.connections };
    try {
      figures.push({ ...base, ...(await measureOn(database, settings, options.serverUrl, log)) });
    } catch (error) {
      log(`  FAILED on ${database}: ${(error as Error).message}`);
      figures.push({ ...base, error: (error as Error).message });
    }
  }
  return figures;
}

async function measureOn(database: DatabaseKind, settings: typeof DEFAULTS, serverUrl: string | undefined, log: (line: string) => void) {
  const setupStarted = performance.now();
  const counter = new SqlCounter();
  const stack = await startPhoenixStack({ database, ...(serverUrl ? { serverUrl } : {}), onQuery: counter.record });
  let gateway: Awaited<ReturnType<typeof startGatewayInProcess>> | undefined;
  try {
    gateway = await startGatewayInProcess(stack);
    log(`  ${database}: seeding ${settings.users} users (${settings.lettersPerUser} letters, ${settings.explorationsPerUser} explorations, a subscription each)…`);
    const users = await seedUsers({
      gatewayUrl: gateway.url,
      stripeWebhookUrl: stack.stripeWebhookUrl,
      users: settings.users,
      lettersPerUser: settings.lettersPerUser,
      explorationsPerUser: settings.explorationsPerUser,
    });
    const estimatedCost = await verifyDashboards(gateway.url, users);
    // The event consumers catch up with the seeding's events before anything is counted.
    await counter.settle();
    const setupSeconds = round((performance.now() - setupStarted) / 1000, 1);

    let turn = 0;
    const load = (durationSeconds: number) =>
      runUserLoad({
        url: gateway!.url,
        body: JSON.stringify({ query: DASHBOARD_QUERY }),
        nextToken: () => (users[turn++ % users.length] as SeededUser).accessToken,
        isComplete: isCompleteDashboard,
        connections: settings.connections,
        durationSeconds,
      });
    if (settings.warmupSeconds > 0) await load(settings.warmupSeconds);
    const sql = await sqlPerRequest(gateway.url, users, counter);
    const cpuBefore = process.cpuUsage();
    const result = await load(settings.durationSeconds);
    const cpu = process.cpuUsage(cpuBefore);
    const figure = {
      ...result,
      non2xx: result.responses - (result.statuses['200'] ?? 0),
      ...sql,
      processCpuMsPerRequest: result.responses > 0 ? round((cpu.user + cpu.system) / 1000 / result.responses, 2) : 0,
      estimatedCost,
      setupSeconds,
    };
    log(
      `  ${database}: ${figure.requestsPerSecond} req/s, p95 ${figure.p95Ms} ms, ${figure.sqlPerRequest} SQL/request, ` +
        `incomplete ${figure.incomplete}, non-2xx ${figure.non2xx} (429: ${figure.rateLimited}), errors ${figure.errors}`,
    );
    return figure;
  } finally {
    await gateway?.gateway.stop();
    await stack.stop();
  }
}

/**
 * SQL statements per dashboard, counted over requests sent one at a time (rotating over the
 * users, after the warm-up), so that every statement counted belongs to a request counted:
 * under load, requests in flight at the window's edges would blur the figure. The event
 * consumers' own statements (schema `events`) are background work, not the request's.
 */
async function sqlPerRequest(gatewayUrl: string, users: SeededUser[], counter: SqlCounter) {
  const requests = Math.max(40, users.length * 5);
  await counter.settle();
  const before = counter.snapshot();
  for (let index = 0; index < requests; index++) {
    const user = users[index % users.length] as SeededUser;
    const result = await graphqlRequest(gatewayUrl, DASHBOARD_QUERY, {}, user.accessToken);
    if (result.status !== 200 || result.errors) throw new Error(`a dashboard failed while counting SQL: ${JSON.stringify(result).slice(0, 300)}`);
  }
  const { events: _background, ...bySchema } = counter.since(before);
  const total = Object.values(bySchema).reduce((sum, count) => sum + count, 0);
  return {
    sqlPerRequest: round(total / requests, 2),
    sqlPerRequestBySubgraph: Object.fromEntries(Object.entries(bySchema).map(([schema, count]) => [schema, round(count / requests, 2)])),
  };
}

/** Every seeded user's dashboard must be complete before anything is measured; returns its estimated cost. */
async function verifyDashboards(gatewayUrl: string, users: SeededUser[]): Promise<number | undefined> {
  let cost: number | undefined;
  for (const user of users) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.accessToken}` },
      body: JSON.stringify({ query: DASHBOARD_QUERY }),
    });
    const body = await response.text();
    if (response.status !== 200 || !isCompleteDashboard(body)) {
      throw new Error(`the dashboard of a seeded user is not complete (HTTP ${response.status}): ${body.slice(0, 400)}`);
    }
    cost = (JSON.parse(body) as { extensions?: { cost?: { estimated?: number } } }).extensions?.cost?.estimated;
  }
  // Without a token there is no dashboard: a `me` here would be a leak, not a figure.
  const anonymous = await graphqlRequest<{ me: unknown }>(gatewayUrl, DASHBOARD_QUERY);
  if (anonymous.data?.me) throw new Error('the dashboard answered a user to an anonymous caller');
  return cost;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = Number(process.argv[2] ?? 10);
  const figures = await runPhoenixWorkload({
    databases: process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'],
    serverUrl: process.env.DATABASE_URL,
    durationSeconds: seconds,
    warmupSeconds: Math.min(5, seconds),
    log: console.log,
  });
  console.log(JSON.stringify(figures, null, 2));
  process.exit(0);
}
