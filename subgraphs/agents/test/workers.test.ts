import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { createAgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase, statusServer, userPrincipal } from './support.js';

let database: DatabaseHandle;
let agents: TestSubgraph;
let target: Awaited<ReturnType<typeof statusServer>>;

beforeAll(async () => {
  database = await agentsDatabase();
  target = await statusServer(200);
  const config = agentsConfig({ AGENTS_HEALTH_TARGETS: `accounts=${target.url}`, AGENTS_HEALTH_INTERVAL_MS: '60000' });
  agents = await startTestSubgraph(await createAgentsSubgraph({ database, config, logger: createLogger('agents', 'silent') }));
});

afterAll(async () => {
  await agents.stop();
  await target.close();
  await database.close();
});

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('agents workers', () => {
  it('apply published AI events without being asked, and check health as soon as the server starts', async () => {
    const completionId = randomUUID();
    await database.db.transaction((tx) =>
      publish(tx, {
        type: 'ai.completion_recorded',
        source: 'letters',
        payload: { completionId, task: 'letters.generate', provider: 'local', model: 'phoenix-local-1', tokensIn: 900, tokensOut: 350, latencyMs: 42, promptHash: 'd'.repeat(64), variant: 'motivation-first' },
      }),
    );
    const admin = userPrincipal(['admin']);
    const report = await eventually(
      () => agents.execute<{ aiUsage: { totals: { completions: number; tokensIn: number } } }>('{ aiUsage { totals { completions tokensIn } } }', {}, admin),
      (r) => r.data?.aiUsage.totals.completions === 1,
    );
    expect(report.data?.aiUsage.totals).toEqual({ completions: 1, tokensIn: 900 });

    const health = await agents.execute<{ systemHealth: { status: string } }>('{ systemHealth { status } }');
    expect(health.data?.systemHealth.status).toBe('UP');
  });
});
