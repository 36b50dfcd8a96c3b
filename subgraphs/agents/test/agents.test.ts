import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createLocalProvider, createRouter, publishCompletion, type AiRequest, type AiRouter, type CompletionRecord } from '@phoenix/ai';
import { queryRows, type DatabaseHandle } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { createAgentsSubgraph, type AgentsSubgraph } from '../src/server.js';
import { agentsConfig, agentsDatabase, statusServer, userPrincipal } from './support.js';

let database: DatabaseHandle;
let definition: AgentsSubgraph;
let agents: TestSubgraph;
let router: AiRouter;
let healthy: Awaited<ReturnType<typeof statusServer>>;

const admin = userPrincipal(['admin']);

beforeAll(async () => {
  database = await agentsDatabase();
  healthy = await statusServer(200);
  const config = agentsConfig({
    AGENTS_HEALTH_TARGETS: `accounts=${healthy.url},billing=http://127.0.0.1:9/health/ready`,
    AGENTS_HEALTH_INTERVAL_MS: '60000',
    AGENTS_HEALTH_TIMEOUT_MS: '500',
    AGENTS_SLO_URL: 'http://127.0.0.1:9/health/slo',
  });
  definition = await createAgentsSubgraph({ database, config, logger: createLogger('agents', 'silent') });
  // The workers stay off: each test drives the consumer and the monitor itself.
  agents = await startTestSubgraph({ ...definition, workers: [] });
  router = createRouter({ local: createLocalProvider() });
});

afterAll(async () => {
  router.close();
  await agents.stop();
  await healthy.close();
  await database.close();
});

interface Arm {
  variant: string;
  feedbackCount: number;
  probabilityBest: number;
}

interface UsageReport {
  totals: { completions: number; tokensIn: number; tokensOut: number; fallbacks: number; energyWh: number; co2eGrams: number };
  models: unknown[];
  tasks: { task: string; completions: number; bestVariant: string | null; breakdown: unknown[]; variants: Arm[] }[];
}

const giveFeedback = `mutation ($id: ID!, $rating: Int!, $reason: FeedbackReason) { giveFeedback(completionId: $id, rating: $rating, reason: $reason) }`;

async function completeAndPublish(request: AiRequest, variant: string): Promise<CompletionRecord> {
  const { record } = await router.complete(request, { variant, tier: 'PREMIUM' });
  await database.db.transaction((tx) => publishCompletion(tx, record, { source: 'iris' }));
  return record;
}

describe('giveFeedback', () => {
  it('publishes ai.feedback_given with the user, the rating and the reason', async () => {
    const user = userPrincipal();
    const completionId = randomUUID();
    const { data } = await agents.execute<{ giveFeedback: boolean }>(giveFeedback, { id: completionId, rating: 2, reason: 'OFF_TOPIC' }, user);
    expect(data?.giveFeedback).toBe(true);
    const rows = await queryRows<{ source: string; payload: unknown }>(database.db, sql`select source, payload from events.log where type = 'ai.feedback_given' and stream_id = ${completionId}`);
    expect(rows).toEqual([{ source: 'agents', payload: { completionId, userId: user.userId, rating: 2, reason: 'off_topic' } }]);
  });

  it('refuses an anonymous caller and a partner', async () => {
    const anonymous = await agents.execute(giveFeedback, { id: randomUUID(), rating: 5 });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const partner = await agents.execute(giveFeedback, { id: randomUUID(), rating: 5 }, { kind: 'partner', partnerId: 'france-travail', keyId: 'k1', scopes: ['partner:aube.read'] });
    expect(partner.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a rating outside 1–5 and an id that is not a completion id, naming the field', async () => {
    const rating = await agents.execute(giveFeedback, { id: randomUUID(), rating: 6 }, userPrincipal());
    expect(rating.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    const id = await agents.execute(giveFeedback, { id: 'not-a-uuid', rating: 4 }, userPrincipal());
    expect(id.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'completionId' });
  });
});

describe('aiUsage', () => {
  const usageQuery = `{ aiUsage {
    from to
    totals { completions tokensIn tokensOut averageLatencyMs fallbacks energyWh co2eGrams }
    models { provider model figures { completions tokensIn tokensOut energyWh co2eGrams } factor { watts gCo2ePerKwh source } }
    tasks { task completions bestVariant
      breakdown { provider variant completions averageGrounding feedbackCount averageRating }
      variants { variant feedbackCount averageRating posteriorMean probabilityBest } }
  } }`;

  it('is refused to users without the admin scope', async () => {
    const { errors } = await agents.execute(usageQuery, {}, userPrincipal());
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('reports completions, tokens, Green-AI figures and the flywheel from the events the consumer applied', async () => {
    const question: AiRequest = { task: 'iris.reply', input: { topic: 'entretien', message: 'Comment négocier mon salaire en entretien ?' } };
    const guided = [await completeAndPublish(question, 'guided'), await completeAndPublish(question, 'guided')];
    const concise = [await completeAndPublish(question, 'concise')];
    // Ratings count only from users who grant the analytics consent.
    const rate = async (record: CompletionRecord, rating: number) => {
      const user = userPrincipal();
      await database.db.transaction((tx) => publish(tx, { type: 'user.consent_changed', payload: { userId: user.userId, purpose: 'analytics', granted: true, changedBy: user.userId } }));
      return agents.execute(giveFeedback, { id: record.completionId, rating }, user);
    };
    await rate(guided[0]!, 5);
    await rate(guided[1]!, 4);
    await rate(concise[0]!, 1);
    await definition.flywheel.runOnce();

    const { data, errors } = await agents.execute<{ aiUsage: UsageReport }>(usageQuery, {}, admin);
    expect(errors).toBeUndefined();
    const usage = data!.aiUsage;
    const records = [...guided, ...concise];
    expect(usage.totals).toMatchObject({
      completions: 3,
      tokensIn: records.reduce((s, r) => s + r.tokensIn, 0),
      tokensOut: records.reduce((s, r) => s + r.tokensOut, 0),
      fallbacks: 0,
    });
    const latencySum = records.reduce((s, r) => s + r.latencyMs, 0);
    // Both figures are rounded to 6 decimals by the API, so compare at the 5th.
    const energyWh = (10 * latencySum) / 3_600_000;
    expect(usage.totals.energyWh).toBeCloseTo(energyWh, 5);
    expect(usage.totals.co2eGrams).toBeCloseTo((energyWh / 1000) * 52, 5);
    expect(usage.models).toEqual([expect.objectContaining({ provider: 'local', model: 'phoenix-local-1', factor: expect.objectContaining({ watts: 10, gCo2ePerKwh: 52 }) })]);

    const task = usage.tasks[0]!;
    expect(task).toMatchObject({ task: 'iris.reply', completions: 3, bestVariant: 'guided' });
    expect(task.breakdown).toEqual([
      expect.objectContaining({ provider: 'local', variant: 'concise', completions: 1, feedbackCount: 1, averageRating: 1 }),
      expect.objectContaining({ provider: 'local', variant: 'guided', completions: 2, feedbackCount: 2, averageRating: 4.5 }),
    ]);
    const chance = (variant: string) => task.variants.find((v) => v.variant === variant)?.probabilityBest ?? Number.NaN;
    expect(chance('guided')).toBeGreaterThan(chance('concise'));
    expect(chance('guided') + chance('concise')).toBeCloseTo(1, 2);
  });

  it('gives the same report for the same data', async () => {
    const first = await agents.execute<{ aiUsage: UsageReport }>(usageQuery, {}, admin);
    const second = await agents.execute<{ aiUsage: UsageReport }>(usageQuery, {}, admin);
    expect(first.data?.aiUsage.tasks.length).toBeGreaterThan(0);
    expect(second.data?.aiUsage.tasks).toEqual(first.data?.aiUsage.tasks);
  });

  it('counts only the completions of the requested period', async () => {
    const { data } = await agents.execute<{ aiUsage: { totals: { completions: number } } }>(
      `{ aiUsage(from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { totals { completions energyWh } tasks { task } } }`,
      {},
      admin,
    );
    expect(data?.aiUsage.totals).toEqual({ completions: 0, energyWh: 0 });
  });

  it('refuses a period that is reversed or longer than 366 days', async () => {
    const reversed = await agents.execute(`{ aiUsage(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { from } }`, {}, admin);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const long = await agents.execute(`{ aiUsage(from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { from } }`, {}, admin);
    expect(long.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('systemHealth', () => {
  it('answers with every configured service, checking on demand before the first scheduled round', async () => {
    const { data } = await agents.execute<{ systemHealth: { status: string; checkedAt: string; services: { name: string; status: string; latencyMs: number | null }[] } }>(
      '{ systemHealth { status checkedAt services { name status latencyMs checkedAt } } }',
    );
    expect(data?.systemHealth.status).toBe('DEGRADED');
    expect(data?.systemHealth.services.map((s) => [s.name, s.status])).toEqual([
      ['accounts', 'UP'],
      ['billing', 'DOWN'],
    ]);
    expect(Date.parse(data?.systemHealth.checkedAt ?? '')).not.toBeNaN();
  });
});
