import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createTestDatabase, migrateSchema, openDatabase, queryRows, type DatabaseHandle } from '../src/index.js';

function writeMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phoenix-migrations-'));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(
    join(dir, '0000_init.sql'),
    'CREATE SCHEMA IF NOT EXISTS "sample";\n--> statement-breakpoint\nCREATE TABLE "sample"."items" ("id" serial PRIMARY KEY, "name" text NOT NULL);\n',
  );
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries: [{ idx: 0, version: '7', when: 1700000000000, tag: '0000_init', breakpoints: true }] }),
  );
  return dir;
}

describe('database', () => {
  let handle: DatabaseHandle;
  const migrationsFolder = writeMigrations();

  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('applies migrations into the subgraph schema, and applying them again changes nothing', async () => {
    await migrateSchema(handle, { schema: 'sample', migrationsFolder });
    await handle.db.execute(sql`insert into sample.items (name) values ('a')`);
    await migrateSchema(handle, { schema: 'sample', migrationsFolder });
    const rows = await queryRows<{ count: number }>(handle.db, sql`select count(*)::int as count from sample.items`);
    expect(rows[0]?.count).toBe(1);
    const journal = await queryRows(handle.db, sql`select 1 from sample.__migrations`);
    expect(journal).toHaveLength(1);
  });

  it('answers ping while open', async () => {
    await expect(handle.ping()).resolves.toBeUndefined();
  });

  it('keeps embedded data between openings of the same data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'phoenix-pglite-'));
    const first = await openDatabase({ dataDir });
    await migrateSchema(first, { schema: 'sample', migrationsFolder });
    await first.db.execute(sql`insert into sample.items (name) values ('kept')`);
    await first.close();
    const second = await openDatabase({ dataDir });
    const rows = await queryRows<{ name: string }>(second.db, sql`select name from sample.items`);
    expect(rows.map((r) => r.name)).toEqual(['kept']);
    await second.close();
  }, 60_000);
});
