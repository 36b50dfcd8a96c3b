import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { parseAiConfig, type AiRouter } from '@phoenix/ai';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Tier, type UserPrincipal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { riseEnv } from '../src/config.js';
import { createRiseSubgraph, RISE_MIGRATIONS, type RiseSubgraph } from '../src/server.js';

/** Every table of the rise schema. */
export const RISE_TABLES = ['journal_entries', 'goals', 'milestones', 'daily_actions', 'practice_sessions', 'coaching_sessions', 'coaching_usage'] as const;

export function userPrincipal(tier: Tier = 'FREE', roles: string[] = [], userId: string = randomUUID()): UserPrincipal {
  return { kind: 'user', userId, tier, roles, scopes: scopesForUser(tier, roles) };
}

export interface RiseHarness {
  database: DatabaseHandle;
  rise: TestSubgraph;
  definition: RiseSubgraph;
  /** The subgraph's clock; tests move it. */
  clock: { now: Date };
  logs: string[];
  events(type: string, userId?: string): Promise<{ type: string; streamId: string; payload: Record<string, unknown>; causationId: string | null }[]>;
  /** Rows of `userId` in every Rise table. */
  rowsOf(userId: string): Promise<Record<(typeof RISE_TABLES)[number], number>>;
  close(): Promise<void>;
}

/**
 * A fresh database (events and rise migrated) and the rise subgraph on a free port, its clock
 * at `start`, its logs kept. Its workers stay off unless asked: tests drive the erasure consumer.
 */
export async function startRise(options: { start?: Date; ai?: AiRouter; env?: Record<string, string>; workers?: boolean } = {}): Promise<RiseHarness> {
  const database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, RISE_MIGRATIONS);
  const clock = { now: options.start ?? new Date('2026-03-31T10:00:00.000Z') };
  const logs: string[] = [];
  const logger = createLogger('rise', 'debug', { write: (line: string) => void logs.push(line) });
  const definition = await createRiseSubgraph({
    database,
    config: parseConfig('rise', riseEnv, options.env ?? {}),
    aiConfig: parseAiConfig({}),
    logger,
    clock: () => clock.now,
    ...(options.ai ? { ai: options.ai } : {}),
  });
  const rise = await startTestSubgraph(options.workers ? definition : { ...definition, workers: [] });
  return {
    database,
    rise,
    definition,
    clock,
    logs,
    async events(type, userId) {
      const rows = await queryRows<{ type: string; stream_id: string; payload: Record<string, unknown>; causation_id: string | null }>(
        database.db,
        sql`select type, stream_id, payload, causation_id from events.log where type = ${type} ${userId ? sql`and stream_id = ${userId}` : sql``} order by position`,
      );
      return rows.map((r) => ({ type: r.type, streamId: r.stream_id, payload: r.payload, causationId: r.causation_id }));
    },
    async rowsOf(userId) {
      const counts = await Promise.all(
        RISE_TABLES.map(async (table) => {
          const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier('rise')}.${sql.identifier(table)} where user_id = ${userId}`);
          return [table, row?.n ?? 0] as const;
        }),
      );
      return Object.fromEntries(counts) as Record<(typeof RISE_TABLES)[number], number>;
    },
    async close() {
      await rise.stop();
      if (!options.workers) definition.ai.close();
      await database.close();
    },
  };
}

/** The `_entities` query of one User field selection. */
export function userQuery(selection: string): string {
  return `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { ${selection} } } }`;
}

export const LOG_MOOD = `mutation ($input: LogMoodInput!) { logMood(input: $input) { id mood confidence notes createdAt } }`;
export const START_COACHING = `mutation ($input: StartCoachingSessionInput) {
  startCoachingSession(input: $input) {
    id status message reply completionId burnoutRisk safetyFiltered startedAt completedAt
    humanHelp { reasons notice helplines { name number } }
  }
}`;
