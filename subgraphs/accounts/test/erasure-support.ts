import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@phoenix/db';
import { eventually } from './eventually.js';

export const ERASURE_FIELDS = 'id requestedAt requestedBy status finishedAt steps { subgraph status completedAt rows { table rows } }';

export interface ErasureView {
  id: string;
  requestedAt: string;
  requestedBy: string;
  status: 'PENDING' | 'DONE';
  finishedAt: string | null;
  steps: { subgraph: string; status: 'PENDING' | 'DONE'; completedAt: string | null; rows: { table: string; rows: number }[] }[];
}

/** Every row of every table of schema `schema` whose text mentions one of `needles` (any case). */
export async function rowsMentioning(db: Database, schema: string, needles: readonly string[]): Promise<{ table: string; row: string }[]> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`select table_name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE' order by table_name`,
  );
  const lowered = needles.map((needle) => needle.toLowerCase());
  const found: { table: string; row: string }[] = [];
  for (const { table_name: table } of tables) {
    const rows = await queryRows<{ row: string }>(db, sql`select t::text as row from ${sql.identifier(schema)}.${sql.identifier(table)} t`);
    for (const { row } of rows) {
      if (lowered.some((needle) => row.toLowerCase().includes(needle))) found.push({ table: `${schema}.${table}`, row });
    }
  }
  return found;
}

/** How many tables schema `schema` has: a scan over none would prove nothing. */
export async function tableCount(db: Database, schema: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE'`);
  return row?.n ?? 0;
}


/** Waits until the consumer has handled every event in the log so far. */
export async function caughtUp(db: Database, consumer: string): Promise<void> {
  await eventually(async () => {
    const [row] = await queryRows<{ done: boolean }>(
      db,
      sql`select coalesce((select position from events.consumer_offsets where consumer = ${consumer}), -1) >= coalesce((select max(position) from events.log), 0) as done`,
    );
    return row?.done ? true : undefined;
  });
}

export { eventually };
