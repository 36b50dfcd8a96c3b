import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import type { Database, DatabaseHandle } from './open.js';

export interface MigrationTarget {
  /** The Postgres schema the subgraph owns; its migration journal lives there too. */
  schema: string;
  /** Folder of committed drizzle-kit migrations. */
  migrationsFolder: string;
}

/**
 * Applies a subgraph's committed migrations. Replicas starting together on one server are
 * serialised by an advisory lock, so a migration never runs twice.
 */
export async function migrateSchema(handle: DatabaseHandle, target: MigrationTarget): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder: target.migrationsFolder });
  const config = { migrationsFolder: target.migrationsFolder, migrationsSchema: target.schema, migrationsTable: '__migrations' };
  const { dialect, session } = internals(handle.db);
  if (!handle.url) {
    await dialect.migrate(migrations, session, config);
    return;
  }
  const lock = postgres(handle.url, { max: 1, onnotice: () => undefined });
  const key = `phoenix:migrate:${target.schema}`;
  try {
    await lock`select pg_advisory_lock(hashtext(${key}))`;
    await dialect.migrate(migrations, session, config);
  } finally {
    await lock`select pg_advisory_unlock(hashtext(${key}))`.catch(() => undefined);
    await lock.end({ timeout: 5 });
  }
}

// drizzle's per-driver `migrate` functions only wrap `dialect.migrate`; calling it directly
// lets one code path serve both drivers.
function internals(db: Database): { dialect: PgDialect; session: PgSession } {
  const { dialect, session } = db as unknown as { dialect: PgDialect; session: PgSession };
  return { dialect, session };
}
