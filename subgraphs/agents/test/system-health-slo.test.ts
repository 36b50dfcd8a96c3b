import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { createAgentsSubgraph, type AgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase, sloGateway, switchableStatusServer } from './support.js';

interface Objective {
  objective: number;
  value: number | null;
  met: boolean | null;
}
interface ServiceLevels {
  status: string;
  windowSeconds: number;
  operations: number;
  evaluatedAt: string;
  latencyP95: Objective;
  errorRate: Objective;
  availability: Objective;
}
interface Health {
  status: string;
  services: { name: string; status: string }[];
  slo: ServiceLevels | null;
}
type HealthEvent = { data?: { systemHealth: Health } | null; errors?: unknown };

const SELECTION = `systemHealth {
  status
  services { name status }
  slo {
    status windowSeconds operations evaluatedAt
    latencyP95 { objective value met }
    errorRate { objective value met }
    availability { objective value met }
  }
}`;

const TOKEN = 'metrics-token-shared-with-the-gateway';

let database: DatabaseHandle;
let accounts: Awaited<ReturnType<typeof switchableStatusServer>>;
let gateway: Awaited<ReturnType<typeof sloGateway>>;

/** The next event, failing the test instead of hanging when none comes within a generous delay. */
async function nextEvent(iterator: AsyncIterator<HealthEvent>, what: string): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within 20 s`)), 20_000);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error(`the subscription ended before ${what}`);
    expect(result.value.errors).toBeUndefined();
    const health = result.value.data?.systemHealth;
    if (!health) throw new Error(`no systemHealth in ${what}`);
    return health;
  } finally {
    clearTimeout(timer);
  }
}

/** The agents subgraph checking `accounts` and reading the SLO as `env` says; the poller stays off. */
async function startAgents(env: Record<string, string>): Promise<{ definition: AgentsSubgraph; subgraph: TestSubgraph }> {
  const config = agentsConfig({
    AGENTS_HEALTH_TARGETS: `accounts=${accounts.url}`,
    AGENTS_HEALTH_INTERVAL_MS: '3600000',
    AGENTS_HEALTH_TIMEOUT_MS: '5000',
    AGENTS_HEALTH_PUSH_INTERVAL_MS: '3600000',
    ...env,
  });
  const definition = await createAgentsSubgraph({ database, config, logger: createLogger('agents', 'silent') });
  return { definition, subgraph: await startTestSubgraph({ ...definition, workers: [] }) };
}

async function querySystemHealth(subgraph: TestSubgraph): Promise<Health> {
  const response = await subgraph.execute<{ systemHealth: Health }>(`{ ${SELECTION} }`);
  expect(response.errors).toBeUndefined();
  const health = response.data?.systemHealth;
  if (!health) throw new Error('no systemHealth in the answer');
  return health;
}

beforeAll(async () => {
  database = await agentsDatabase();
  [accounts, gateway] = await Promise.all([switchableStatusServer(), sloGateway({ METRICS_TOKEN: TOKEN })]);
});

afterAll(async () => {
  await Promise.all([accounts.close(), gateway.close()]);
  await database.close();
});

describe('SystemHealth.slo', () => {
  let definition: AgentsSubgraph;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    ({ definition, subgraph } = await startAgents({ AGENTS_SLO_URL: gateway.url, METRICS_TOKEN: TOKEN }));
  });

  afterAll(async () => {
    await subgraph.stop();
  });

  it('shows the gateway\'s report, read with METRICS_TOKEN, and pushes when its status changes', async () => {
    await definition.health.pollNow();
    const events = subgraph.subscribe<{ systemHealth: Health }>(`subscription { ${SELECTION} }`);
    try {
      const quiet = await nextEvent(events, 'first state');
      expect(quiet.slo).toMatchObject({
        status: 'NO_DATA',
        operations: 0,
        latencyP95: { objective: 1.5, value: null, met: null },
        errorRate: { objective: 0.01, value: null, met: null },
        availability: { objective: 0.995, value: null, met: null },
      });

      gateway.record(0.2, 'ok', 199);
      gateway.record(0.3, 'degraded', 1);
      await definition.health.pollNow();
      const met = await nextEvent(events, 'the report with traffic');
      expect(met.status).toBe('UP');
      expect(met.slo).toMatchObject({
        status: 'MET',
        operations: 200,
        errorRate: { objective: 0.01, value: 0.005, met: true },
        availability: { objective: 0.995, value: 1, met: true },
        latencyP95: { objective: 1.5, met: true },
      });
      expect(met.slo?.latencyP95.value).toBeGreaterThan(0.1);
      expect(met.slo?.latencyP95.value).toBeLessThanOrEqual(0.25);
      expect(met.slo?.windowSeconds).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(met.slo?.evaluatedAt ?? ''))).toBe(false);

      // Same status, different measures: not a change. Then two failures in 202 breach availability.
      gateway.record(0.2, 'ok', 10);
      await definition.health.pollNow();
      gateway.record(2.5, 'server_error', 2);
      await definition.health.pollNow();
      const breached = await nextEvent(events, 'the breach');
      expect(breached.slo).toMatchObject({ status: 'BREACHED', operations: 212, availability: { met: false }, errorRate: { met: false } });
      expect(breached.services).toEqual([{ name: 'accounts', status: 'UP' }]);

      expect(await querySystemHealth(subgraph)).toEqual(breached);
      expect(new Set(gateway.authorizations)).toEqual(new Set([`Bearer ${TOKEN}`]));
    } finally {
      await events.return?.();
    }
  });
});

describe('SystemHealth.slo unavailable', () => {
  it('is null when the gateway refuses the request (no token), the rest of the health still reported', async () => {
    const { definition, subgraph } = await startAgents({ AGENTS_SLO_URL: gateway.url });
    try {
      const before = gateway.authorizations.length;
      await definition.health.pollNow();
      const health = await querySystemHealth(subgraph);
      expect(health).toEqual({ status: 'UP', services: [{ name: 'accounts', status: 'UP' }], slo: null });
      // It was asked, without a token, and refused: not skipped.
      expect(gateway.authorizations.slice(before)).toEqual([undefined]);
    } finally {
      await subgraph.stop();
    }
  });

  it('is null when the gateway is unreachable, and a service going down is still pushed', async () => {
    const { definition, subgraph } = await startAgents({ AGENTS_SLO_URL: 'http://127.0.0.1:9/health/slo', METRICS_TOKEN: TOKEN });
    const events = subgraph.subscribe<{ systemHealth: Health }>(`subscription { ${SELECTION} }`);
    try {
      const first = await nextEvent(events, 'first state');
      expect(first).toEqual({ status: 'UP', services: [{ name: 'accounts', status: 'UP' }], slo: null });
      accounts.setUp(false);
      await definition.health.pollNow();
      expect(await nextEvent(events, 'the change')).toEqual({ status: 'DOWN', services: [{ name: 'accounts', status: 'DOWN' }], slo: null });
    } finally {
      accounts.setUp(true);
      await events.return?.();
      await subgraph.stop();
    }
  });
});
