import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql, type Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

/** A drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** Connection string when the database is a server; undefined for the embedded one. */
  readonly url: string | undefined;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel`. Resolves once the LISTEN is
   * in place, with a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Sends a NOTIFY on `channel`; listeners in any session (this one included) receive it. */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A Postgres server (`postgres://…`). When absent, the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; omitted means in memory. Ignored with `url`. */
  dataDir?: string | undefined;
  /** Pool size for a server connection. */
  maxConnections?: number;
  /** Called with the SQL text (never the parameters) of every statement drizzle runs; tests count queries with it. */
  onQuery?: (sql: string) => void;
}

/** Opens the project database: Postgres through postgres.js when `url` is given, else PGlite. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  const config = options.onQuery ? { logger: queryHook(options.onQuery) } : {};
  if (options.url) return openPostgres(options.url, options.maxConnections ?? 10, config);
  return openPglite(options.dataDir, config);
}

type DrizzleConfig = { logger?: Logger };

function queryHook(onQuery: (sql: string) => void): Logger {
  return { logQuery: (query) => onQuery(query) };
}

function openPostgres(url: string, max: number, config: DrizzleConfig): DatabaseHandle {
  const client = postgres(url, { max, onnotice: () => undefined });
  const db = drizzlePostgres(client, config) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    url,
    async ping() {
      await client`select 1`;
    },
    async listen(channel, onNotify) {
      // postgres.js keeps one dedicated connection for all LISTENs and re-listens after a reconnect.
      const subscription = await client.listen(channel, onNotify);
      return () => subscription.unlisten();
    },
    async notify(channel, payload) {
      await client.notify(channel, payload);
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

async function openPglite(dataDir: string | undefined, config: DrizzleConfig): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir ? { dataDir } : {});
  const db = drizzlePglite(client, config) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    url: undefined,
    async ping() {
      await db.execute(sql`select 1`);
    },
    async listen(channel, onNotify) {
      const unsubscribe = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unsubscribe();
      };
    },
    async notify(channel, payload) {
      await client.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async close() {
      if (!client.closed) await client.close();
    },
  };
}
