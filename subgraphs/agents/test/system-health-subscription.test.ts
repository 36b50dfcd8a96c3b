import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { createAgentsSubgraph, type AgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase, switchableStatusServer, userPrincipal } from './support.js';

interface Health {
  status: string;
  checkedAt: string | null;
  services: { name: string; status: string; latencyMs: number | null }[];
}
type HealthEvent = { data?: { systemHealth: Health } | null; errors?: unknown };

const SUBSCRIPTION = 'subscription { systemHealth { status checkedAt services { name status latencyMs } } }';

let database: DatabaseHandle;
let billing: Awaited<ReturnType<typeof switchableStatusServer>>;
let accounts: Awaited<ReturnType<typeof switchableStatusServer>>;

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

async function startAgents(env: Record<string, string>): Promise<{ definition: AgentsSubgraph; subgraph: TestSubgraph }> {
  const config = agentsConfig({
    AGENTS_HEALTH_TARGETS: `accounts=${accounts.url},billing=${billing.url}`,
    AGENTS_HEALTH_INTERVAL_MS: '3600000',
    AGENTS_HEALTH_TIMEOUT_MS: '5000',
    // Nothing listens there: whatever runs on this machine's port 4000 stays out of these tests.
    AGENTS_SLO_URL: 'http://127.0.0.1:9/health/slo',
    ...env,
  });
  const definition = await createAgentsSubgraph({ database, config, logger: createLogger('agents', 'silent') });
  // The poller stays off: each test runs the rounds of checks itself.
  return { definition, subgraph: await startTestSubgraph({ ...definition, workers: [] }) };
}

beforeAll(async () => {
  database = await agentsDatabase();
  [accounts, billing] = await Promise.all([switchableStatusServer(), switchableStatusServer()]);
});

afterAll(async () => {
  await Promise.all([accounts.close(), billing.close()]);
  await database.close();
});

describe('Subscription.systemHealth', () => {
  let definition: AgentsSubgraph;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    ({ definition, subgraph } = await startAgents({ AGENTS_HEALTH_PUSH_INTERVAL_MS: '3600000' }));
  });

  afterAll(async () => {
    await subgraph.stop();
  });

  it('pushes the current state at once, checking first when no round has run yet', async () => {
    const events = subgraph.subscribe<{ systemHealth: Health }>(SUBSCRIPTION);
    try {
      const first = await nextEvent(events, 'first state');
      expect(first.status).toBe('UP');
      expect(first.checkedAt).not.toBeNull();
      expect(first.services.map((service) => [service.name, service.status])).toEqual([
        ['accounts', 'UP'],
        ['billing', 'UP'],
      ]);
    } finally {
      await events.return?.();
    }
  });

  it('pushes when a service changes status, and not after a round without change', async () => {
    await definition.health.pollNow();
    const events = subgraph.subscribe<{ systemHealth: Health }>(SUBSCRIPTION, {}, userPrincipal());
    try {
      expect((await nextEvent(events, 'first state')).status).toBe('UP');

      await definition.health.pollNow();
      billing.setUp(false);
      await definition.health.pollNow();

      // Had the unchanged round been pushed, it would come first on this ordered stream.
      const changed = await nextEvent(events, 'the change');
      expect(changed.status).toBe('DEGRADED');
      expect(changed.services.find((service) => service.name === 'billing')).toMatchObject({ status: 'DOWN', latencyMs: null });

      billing.setUp(true);
      await definition.health.pollNow();
      expect((await nextEvent(events, 'the recovery')).status).toBe('UP');
    } finally {
      billing.setUp(true);
      await events.return?.();
    }
  });

  it('streams the same state as Query.systemHealth', async () => {
    const events = subgraph.subscribe<{ systemHealth: Health }>(SUBSCRIPTION);
    try {
      const pushed = await nextEvent(events, 'first state');
      const queried = await subgraph.execute<{ systemHealth: Health }>('{ systemHealth { status checkedAt services { name status latencyMs } } }');
      expect(queried.data?.systemHealth).toEqual(pushed);
    } finally {
      await events.return?.();
    }
  });
});

describe('Subscription.systemHealth without change', () => {
  it('pushes the latest state again once the push interval has passed', async () => {
    const { definition, subgraph } = await startAgents({ AGENTS_HEALTH_PUSH_INTERVAL_MS: '1000' });
    const events = subgraph.subscribe<{ systemHealth: Health }>(SUBSCRIPTION);
    try {
      await definition.health.pollNow();
      const first = await nextEvent(events, 'first state');
      const again = await nextEvent(events, 'the periodic push');
      expect(again).toEqual(first);
    } finally {
      await events.return?.();
      await subgraph.stop();
    }
  });
});
