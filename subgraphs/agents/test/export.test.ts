import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { publish, type NewEvent } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { schemaProblems, startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import type { Principal } from '@phoenix/context-token';
import { agentsExportSchema } from '../src/export/schema.js';
import { createAgentsSubgraph, type AgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase, userPrincipal } from './support.js';

let database: DatabaseHandle;
let definition: AgentsSubgraph;
let agents: TestSubgraph;

const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId agents } } }`;
const GIVE_FEEDBACK = `mutation ($id: ID!, $rating: Int!, $reason: FeedbackReason) { giveFeedback(completionId: $id, rating: $rating, reason: $reason) }`;

beforeAll(async () => {
  database = await agentsDatabase();
  definition = await createAgentsSubgraph({ database, config: agentsConfig({ AGENTS_HEALTH_TARGETS: 'accounts=http://127.0.0.1:9/health/ready' }), logger: createLogger('agents', 'silent') });
  agents = await startTestSubgraph({ ...definition, workers: [] });
});

afterAll(async () => {
  await agents.stop();
  await database.close();
});

async function publishAll(...events: NewEvent[]): Promise<void> {
  for (const event of events) await database.db.transaction((tx) => publish(tx, event));
}

interface Exported {
  feedback: { completionId: string; rating: number; reason: string | null; completion: { task: string; tokensIn: number } | null }[];
  analyticsConsent: { granted: boolean } | null;
}

function exportOf(userId: string, principal: Principal) {
  return agents.execute<{ _entities: { userId: string; agents: Exported }[] }>(EXPORT, { userId }, principal);
}

describe('DataExport.agents', () => {
  it('exports the ratings the user gave, with the completion each rated, and their analytics decision, as the JSON Schema describes', async () => {
    const user = userPrincipal();
    const [recorded, unknown] = [randomUUID(), randomUUID()];
    await publishAll(
      { type: 'user.consent_changed', payload: { userId: user.userId, purpose: 'analytics', granted: true, changedBy: user.userId } },
      {
        type: 'ai.completion_recorded',
        source: 'iris',
        payload: { completionId: recorded, task: 'iris.reply', provider: 'local', model: 'phoenix-local-1', tokensIn: 320, tokensOut: 140, latencyMs: 35, promptHash: 'e'.repeat(64), variant: 'guided', tier: 'FREE', grounding: 0.5 },
      },
    );
    await agents.execute(GIVE_FEEDBACK, { id: recorded, rating: 4 }, user);
    await agents.execute(GIVE_FEEDBACK, { id: unknown, rating: 2, reason: 'OFF_TOPIC' }, user);
    await agents.execute(GIVE_FEEDBACK, { id: recorded, rating: 1 }, userPrincipal());
    while ((await definition.flywheel.runOnce()).more);

    const { data, errors } = await exportOf(user.userId, user);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.agents;
    expect(schemaProblems(agentsExportSchema, section)).toEqual([]);
    expect(section?.feedback.map((row) => [row.completionId, row.rating]).sort()).toEqual([[recorded, 4], [unknown, 2]].sort());
    expect(section?.feedback.find((row) => row.completionId === recorded)?.completion).toMatchObject({ task: 'iris.reply', tokensIn: 320 });
    expect(section?.feedback.find((row) => row.completionId === unknown)).toMatchObject({ reason: 'off_topic', completion: null });
    expect(section?.analyticsConsent).toMatchObject({ granted: true });
  });

  it('gives a user agents knows nothing of an empty section that still matches the schema', async () => {
    const user = userPrincipal();
    const { data } = await exportOf(user.userId, user);
    expect(schemaProblems(agentsExportSchema, data?._entities[0]?.agents)).toEqual([]);
    expect(data?._entities[0]?.agents).toEqual({ feedback: [], analyticsConsent: null });
  });

  it('refuses the export of someone else’s data, to another user and to an admin alike', async () => {
    const owner = userPrincipal();
    for (const caller of [userPrincipal(), userPrincipal(['admin'])]) {
      const { data, errors } = await exportOf(owner.userId, caller);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(data?._entities?.[0] ?? null).toBeNull();
    }
  });
});
