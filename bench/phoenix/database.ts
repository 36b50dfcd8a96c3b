import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '@phoenix/db';

export type DatabaseKind = 'pglite' | 'postgres';

/** The database of one Phoenix stack, and the handle each subgraph uses. */
export interface StackDatabase {
  kind: DatabaseKind;
  /** The handle migrations and seeding use (on PGlite, the only one). */
  main: DatabaseHandle;
  /**
   * The handle of one subgraph: on PostgreSQL each service has its own pool, as when each runs
   * in its own process; the embedded PGlite serves one session, shared as `npm start` does.
   */
  forService(name: string): Promise<DatabaseHandle>;
  /** PostgreSQL only: the throw-away database's name and the server URL it was created on. */
  server?: { serverUrl: string; name: string };
  close(): Promise<void>;
}

export interface StackDatabaseOptions {
  kind: DatabaseKind;
  /** The server to create a throw-away database on (required for `postgres`). */
  serverUrl?: string;
  /** Pool size of each service on PostgreSQL (default 10, the services' own default). */
  poolSize?: number;
  /** Called with the SQL text of every statement any service runs (`@phoenix/db`'s `onQuery`). */
  onQuery?: (sql: string) => void;
}

/**
 * A fresh database for one stack: an in-memory PGlite, or a new database on the PostgreSQL
 * server (dropped, with its connections, on close).
 */
export async function openStackDatabase(options: StackDatabaseOptions): Promise<StackDatabase> {
  const onQuery = options.onQuery ? { onQuery: options.onQuery } : {};
  if (options.kind === 'pglite') {
    const main = await openDatabase(onQuery);
    return { kind: 'pglite', main, forService: async () => main, close: () => main.close() };
  }
  const serverUrl = options.serverUrl;
  if (!serverUrl) throw new Error('a PostgreSQL stack needs a server URL (DATABASE_URL)');
  const name = `phoenix_bench_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.unsafe(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const open = () => openDatabase({ url: url.toString(), maxConnections: options.poolSize ?? 10, ...onQuery });
  const handles: DatabaseHandle[] = [];
  const main = await open();
  handles.push(main);
  return {
    kind: 'postgres',
    main,
    server: { serverUrl, name },
    async forService() {
      const handle = await open();
      handles.push(handle);
      return handle;
    },
    async close() {
      await Promise.allSettled(handles.map((handle) => handle.close()));
      await withAdmin(serverUrl, (admin) => admin.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

/** Runs `work` on a one-connection client of the server, closed afterwards. */
export async function withAdmin<T>(serverUrl: string, work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    return await work(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
