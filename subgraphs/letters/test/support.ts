import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { parseAiConfig } from '@phoenix/ai';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal, type Tier } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS, publish, type EventEnvelope, type NewEvent } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { lettersEnv } from '../src/config.js';
import { createLettersSubgraph, LETTERS_MIGRATIONS, type LettersSubgraph } from '../src/server.js';
import { CV_CONSEILLERE } from './fixtures/cvs.js';
import { OFFER_BANQUE } from './fixtures/offers.js';

/** A signed-in user as the gateway would send it. */
export function userPrincipal(tier: Tier = 'FREE', roles: string[] = [], userId: string = randomUUID()): Principal & { kind: 'user' } {
  return { kind: 'user', userId, tier, roles, scopes: scopesForUser(tier, roles) };
}

/** A fresh database with the events and letters schemas; `onQuery` sees every statement. */
export async function lettersDatabase(onQuery?: (sql: string) => void): Promise<DatabaseHandle> {
  const database = await createTestDatabase(process.env, onQuery ? { onQuery } : {});
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, LETTERS_MIGRATIONS);
  return database;
}

export interface LettersHarness {
  database: DatabaseHandle;
  letters: TestSubgraph;
  subgraph: LettersSubgraph;
  /** Every log line the subgraph wrote. */
  logs: string[];
  /** Applies the accounts events published so far (the consumer's loop is not started in tests). */
  consumeUserEvents(): Promise<void>;
  /** Applies the `user.deleted` events published so far, as the erasure consumer. */
  consumeErasures(): Promise<void>;
  publishEvent(event: NewEvent): Promise<EventEnvelope>;
  /** Events of one type in the log, oldest first. */
  events(type: string): Promise<{ streamId: string; payload: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

/** The letters subgraph on a free port over a fresh database, the local AI engine, and a clock tests may set. */
export async function startLetters(options: { onQuery?: (sql: string) => void; now?: () => Date } = {}): Promise<LettersHarness> {
  const database = await lettersDatabase(options.onQuery);
  const logs: string[] = [];
  const logger = createLogger(
    'letters',
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const subgraph = await createLettersSubgraph({
    database,
    config: parseConfig('letters', lettersEnv, { NODE_ENV: 'test' }),
    aiConfig: parseAiConfig({}),
    logger,
    ...(options.now ? { now: options.now } : {}),
  });
  const letters = await startTestSubgraph({ ...subgraph, workers: [] }, { logger });
  return {
    database,
    letters,
    subgraph,
    logs,
    async consumeUserEvents() {
      await subgraph.users.runOnce();
    },
    async consumeErasures() {
      await subgraph.erasure.runOnce();
    },
    async publishEvent(event) {
      return database.db.transaction((tx) => publish(tx, event));
    },
    async events(type) {
      const rows = await queryRows<{ stream_id: string; payload: Record<string, unknown> }>(database.db, sql`select stream_id, payload from events.log where type = ${type} order by position`);
      return rows.map((row) => ({ streamId: row.stream_id, payload: row.payload }));
    },
    async close() {
      await letters.stop();
      subgraph.ai.close();
      await database.close();
    },
  };
}

export const GENERATE = `mutation ($input: GenerateLetterInput!) {
  generateLetter(input: $input) {
    id jobTitle company tone text wordCount currentVersion completionId
    sections { subject greeting hook body closing }
    grounding { namesCompany namesJobTitle matchingSkills namedSkills mentionsCareerChange usesAubeAnalysis }
    careerChange { previousDomain newDomain transferableSkills }
  }
}`;

export interface GeneratedLetter {
  id: string;
  tone: string;
  text: string;
  wordCount: number;
  currentVersion: number;
  completionId: string | null;
  sections: { subject: string | null; greeting: string | null; hook: string | null; body: string[]; closing: string | null };
  grounding: { namesCompany: boolean; namesJobTitle: boolean; matchingSkills: string[]; namedSkills: string[]; mentionsCareerChange: boolean | null; usesAubeAnalysis: boolean };
}

/** A valid `generateLetter` input: the bank clerk's CV against the bank's compliance offer. */
export function letterInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { cvText: CV_CONSEILLERE, offerText: OFFER_BANQUE, jobTitle: 'Chargée de conformité LCB-FT', company: 'Banque Delorme & Associés', tone: 'FORMEL', ...overrides };
}

/** Counts rows of a table. */
export async function count(database: DatabaseHandle, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`));
  return row?.n ?? 0;
}
