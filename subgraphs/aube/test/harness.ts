import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS, publish, type Consumer } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type GraphQLResponse } from '@phoenix/subgraph-server/testing';
import { aubeEnv } from '../src/config.js';
import { loadCatalogue } from '../src/import/load.js';
import { readSeed } from '../src/import/seed.js';
import { AUBE_MIGRATIONS, createAubeSubgraph } from '../src/server.js';

export const TEST_LINK_SECRET = 'test-secret-for-report-links-0123456789';

export interface AubeHarness {
  database: DatabaseHandle;
  /** Base URL of the HTTP server, without `/graphql`. */
  baseUrl: string;
  execute<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResponse<TData>>;
  /** Fetches a report link on this server (links name the configured public URL). */
  fetchLink(link: string): Promise<Response>;
  /** Events of one exploration, in log order. */
  eventsOf(explorationId: string): Promise<{ type: string; payload: Record<string, unknown> }[]>;
  count(table: string): Promise<number>;
  /** The erasure consumer (its loop is not started in tests: call `runOnce`). */
  erasure: Consumer;
  /** Publishes `user.deleted` as accounts would; returns the event's id. */
  deleteUser(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** A migrated database of its own, loaded with the shipped seed, and aube over HTTP on a free port. */
export async function startAube(): Promise<AubeHarness> {
  const database = await createTestDatabase();
  await migrateSchema(database, AUBE_MIGRATIONS);
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await loadCatalogue(database.db, readSeed());
  const config = parseConfig('aube', aubeEnv, { NODE_ENV: 'test', AUBE_REPORT_LINK_SECRET: TEST_LINK_SECRET, AUBE_PUBLIC_URL: 'https://phoenix.example/api' });
  const logger = createLogger('aube', 'silent');
  const keysDirectory = mkdtempSync(join(tmpdir(), 'phoenix-aube-keys-'));
  const subgraph = await createAubeSubgraph({ database, config, logger, keysDirectory });
  const running = await startTestSubgraph({ ...subgraph, workers: [] }, { logger });
  const baseUrl = running.url.replace(/\/graphql$/, '');
  return {
    database,
    baseUrl,
    execute: (query, variables, principal) => running.execute(query, variables, principal),
    fetchLink: (link) => {
      const url = new URL(link);
      return fetch(`${baseUrl}${url.pathname.replace(/^\/api/, '')}${url.search}`);
    },
    eventsOf: (explorationId) =>
      queryRows<{ type: string; payload: Record<string, unknown> }>(
        database.db,
        sql`select type, payload from events.log where payload->>'explorationId' = ${explorationId} order by position`,
      ),
    async count(table) {
      const [row] = await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`));
      return row?.n ?? 0;
    },
    erasure: subgraph.erasure,
    async deleteUser(userId) {
      const event = await database.db.transaction((tx) => publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
      return event.eventId;
    },
    async close() {
      await running.stop();
      await database.close();
    },
  };
}

export function user(userId: string, roles: string[] = []): Principal {
  return { kind: 'user', userId, tier: 'FREE', roles, scopes: scopesForUser('FREE', roles) };
}

export function partner(scopes: string[]): Principal {
  return { kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes };
}

/** The sum of one-decimal contributions, computed in tenths so it is exact. */
export function sumOfContributions(factors: readonly { contribution: number }[]): number {
  return factors.reduce((sum, factor) => sum + Math.round(factor.contribution * 10), 0) / 10;
}
