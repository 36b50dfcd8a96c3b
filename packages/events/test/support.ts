import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestDatabase, migrateSchema, queryRows, type Database, type DatabaseHandle, type Transaction } from '@phoenix/db';
import { EVENTS_MIGRATIONS, publish, type EventEnvelope } from '../src/index.js';

/** A fresh database with the events schema and a tiny domain table, `app.tiers`. */
export async function eventsDatabase(): Promise<DatabaseHandle> {
  const handle = await createTestDatabase();
  await migrateSchema(handle, EVENTS_MIGRATIONS);
  await handle.db.execute(sql`create schema app`);
  await handle.db.execute(sql`create table app.tiers (user_id uuid primary key, tier text not null)`);
  // A projection whose counters would show any event applied twice.
  await handle.db.execute(sql`create table app.tier_changes (user_id uuid primary key, changes int not null, tier text not null)`);
  return handle;
}

/** Publishes `count` user.tier_changed events, each in its own transaction. */
export async function publishTierChanges(db: Database, count: number, userId: string = randomUUID()): Promise<EventEnvelope<'user.tier_changed'>[]> {
  const published: EventEnvelope<'user.tier_changed'>[] = [];
  for (let i = 0; i < count; i += 1) {
    published.push(await db.transaction((tx) => publish(tx, tierChanged(userId, i))));
  }
  return published;
}

export function tierChanged(userId: string, i = 0) {
  const tiers = ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] as const;
  return {
    type: 'user.tier_changed' as const,
    payload: { userId, previousTier: tiers[i % 3]!, tier: tiers[(i + 1) % 3]!, reason: 'admin' as const },
  };
}

/** The projection handler the consumer tests share: counts changes and keeps the last tier. */
export async function projectTierChange(event: EventEnvelope, tx: Transaction): Promise<void> {
  if (event.type !== 'user.tier_changed') return;
  const { userId, tier } = event.payload;
  await tx.execute(sql`
    insert into app.tier_changes (user_id, changes, tier) values (${userId}, 1, ${tier})
    on conflict (user_id) do update set changes = app.tier_changes.changes + 1, tier = excluded.tier`);
}

export async function projection(db: Database): Promise<{ user_id: string; changes: number; tier: string }[]> {
  return queryRows(db, sql`select user_id::text, changes, tier from app.tier_changes order by user_id`);
}

export async function count(db: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`));
  return row?.n ?? 0;
}

export async function offsetOf(db: Database, consumer: string): Promise<{ position: number; attempts: number }> {
  const [row] = await queryRows<{ position: number; attempts: number }>(
    db,
    sql`select position::int as position, attempts from events.consumer_offsets where consumer = ${consumer}`,
  );
  if (!row) throw new Error(`no offset for ${consumer}`);
  return row;
}

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
