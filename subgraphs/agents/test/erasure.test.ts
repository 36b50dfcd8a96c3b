import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '@phoenix/db';
import { publish, type NewEvent } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { qualityByTask } from '../src/flywheel/usage-store.js';
import { createAgentsSubgraph, type AgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase } from './support.js';

let database: DatabaseHandle;
let definition: AgentsSubgraph;
const PERIOD = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') };

beforeAll(async () => {
  database = await agentsDatabase();
  definition = await createAgentsSubgraph({ database, config: agentsConfig({ AGENTS_HEALTH_TARGETS: 'accounts=http://127.0.0.1:9/health/ready' }), logger: createLogger('agents', 'silent') });
});

afterAll(async () => {
  await database.close();
});

async function publishOne<T extends NewEvent>(event: T) {
  return database.db.transaction((tx) => publish(tx, event));
}

async function flywheel(): Promise<void> {
  while ((await definition.flywheel.runOnce()).more);
}

async function erase(): Promise<void> {
  while ((await definition.erasure.runOnce()).more);
}

/** A user who granted analytics and rated `completionIds` (recorded completions of `iris.reply`). */
async function raterOf(completionIds: readonly string[], rating: number): Promise<string> {
  const userId = randomUUID();
  await publishOne({ type: 'user.consent_changed', occurredAt: new Date('2026-04-01T08:00:00Z'), payload: { userId, purpose: 'analytics', granted: true, changedBy: userId } });
  for (const completionId of completionIds) {
    await publishOne({ type: 'ai.feedback_given', occurredAt: new Date('2026-04-01T09:00:00Z'), payload: { completionId, userId, rating } });
  }
  return userId;
}

async function recordCompletions(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (const completionId of ids) {
    await publishOne({
      type: 'ai.completion_recorded',
      source: 'iris',
      occurredAt: new Date('2026-04-01T08:30:00Z'),
      payload: { completionId, task: 'iris.reply', provider: 'local', model: 'phoenix-local-1', tokensIn: 200, tokensOut: 90, latencyMs: 30, promptHash: 'f'.repeat(64), variant: 'guided' },
    });
  }
  return ids;
}

async function rowsNaming(userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select (select count(*) from agents.feedback where user_id = ${userId}) + (select count(*) from agents.analytics_consents where user_id = ${userId}) as n`,
  );
  return Number(row?.n ?? 0);
}

async function reportOf(eventId: string) {
  return queryRows<{ subgraph: string; rows: Record<string, number> }>(database.db, sql`select subgraph, rows from events.erasure_reports where event_id = ${eventId}`);
}

describe('account erasure', () => {
  it('unlinks the user’s ratings, keeping the quality statistics, deletes their consent, touches nobody else, and reports it', async () => {
    const completions = await recordCompletions(2);
    const leaving = await raterOf(completions, 5);
    const staying = await raterOf(completions, 3);
    await flywheel();
    const statistics = await qualityByTask(database.db, PERIOD);
    expect(statistics[0]?.feedbackCount).toBe(4);

    const event = await publishOne({ type: 'user.deleted', payload: { userId: leaving, requestedBy: 'user' } });
    await flywheel();
    await erase();

    expect(await rowsNaming(leaving)).toBe(0);
    expect(await rowsNaming(staying)).toBe(3);
    expect(await qualityByTask(database.db, PERIOD)).toEqual(statistics);
    expect(await reportOf(event.eventId)).toEqual([{ subgraph: 'agents', rows: { 'agents.feedback': 2, 'agents.analytics_consents': 1 } }]);

    // A second delivery (a replay) changes nothing and keeps the first report.
    await database.db.execute(sql`update events.consumer_offsets set position = ${event.position - 1} where consumer = 'agents.erasure'`);
    await erase();
    expect(await qualityByTask(database.db, PERIOD)).toEqual(statistics);
    expect((await reportOf(event.eventId)).map((report) => report.rows)).toEqual([{ 'agents.feedback': 2, 'agents.analytics_consents': 1 }]);
  });

  it('waits for the flywheel to apply the user’s earlier events, so none links a row to them after the erasure', async () => {
    const [completion] = await recordCompletions(1);
    const userId = await raterOf([completion!], 4);
    const event = await publishOne({ type: 'user.deleted', payload: { userId, requestedBy: 'user' } });

    await erase();
    expect(await reportOf(event.eventId)).toEqual([]);
    const [offset] = await queryRows<{ last_error: string | null }>(database.db, sql`select last_error from events.consumer_offsets where consumer = 'agents.erasure'`);
    expect(offset?.last_error).toContain('agents.flywheel');

    await flywheel();
    expect(await rowsNaming(userId)).toBe(2);
    // The erasure retries after its backoff (half a second for the first retry).
    const deadline = Date.now() + 20_000;
    while ((await reportOf(event.eventId)).length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await erase();
    }
    expect((await reportOf(event.eventId))[0]?.rows).toEqual({ 'agents.feedback': 1, 'agents.analytics_consents': 1 });
    expect(await rowsNaming(userId)).toBe(0);
  });
});
