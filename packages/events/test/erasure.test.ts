import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '@phoenix/db';
import {
  createErasureConsumer,
  erasureComplete,
  erasureReportsOf,
  ERASURE_PARTICIPANTS,
  publish,
  pseudonymiseUserEvents,
  runEventsCommand,
  type ErasedRows,
  type EventEnvelope,
} from '../src/index.js';
import { eventsDatabase, offsetOf } from './support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await eventsDatabase();
  await database.db.execute(sql`create table app.notes (user_id uuid not null, body text not null)`);
});
afterAll(async () => {
  await database.close();
});

function userDeleted(userId: string) {
  return database.db.transaction((tx) => publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
}

/** What `npm run events -- consumers` prints: where an operator reads a stuck erasure's error. */
async function consumersTable(): Promise<string> {
  const out: string[] = [];
  await runEventsCommand(['consumers'], { database: async () => database, out: (line) => out.push(line), err: (line) => out.push(line) });
  return out.join('\n');
}

async function notesOf(userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from app.notes where user_id = ${userId}`);
  return row?.n ?? 0;
}

describe('createErasureConsumer', () => {
  it('erases the user and records what it did, in one transaction, once per event', async () => {
    const leaving = randomUUID();
    const staying = randomUUID();
    await database.db.execute(sql`insert into app.notes values (${leaving}, 'a'), (${leaving}, 'b'), (${staying}, 'c')`);
    const consumer = createErasureConsumer({
      subgraph: 'rise',
      database,
      erase: async ({ userId, tx }) => {
        const deleted = await queryRows(tx, sql`delete from app.notes where user_id = ${userId} returning 1`);
        return { 'app.notes': deleted.length };
      },
    });
    const event = await userDeleted(leaving);
    await consumer.runOnce();

    expect(await notesOf(leaving)).toBe(0);
    expect(await notesOf(staying)).toBe(1);
    const reports = (await erasureReportsOf(database.db, [event.eventId])).get(event.eventId);
    expect(reports?.map((report) => [report.subgraph, report.rows])).toEqual([['rise', { 'app.notes': 2 }]]);

    // A second delivery (a replay) changes nothing and keeps the first report.
    await database.db.execute(sql`update events.consumer_offsets set position = ${event.position - 1} where consumer = 'rise.erasure'`);
    await consumer.runOnce();
    const again = (await erasureReportsOf(database.db, [event.eventId])).get(event.eventId);
    expect(again?.map((report) => report.rows)).toEqual([{ 'app.notes': 2 }]);
  });

  it('keeps retrying a failing erasure instead of dead-lettering it, and reports only once it succeeds', async () => {
    const userId = randomUUID();
    let failures = 0;
    const consumer = createErasureConsumer({
      subgraph: 'billing',
      database,
      erase: async (request): Promise<ErasedRows> => {
        // The consumer starts at the first event: earlier tests' `user.deleted` pass through here too.
        if (request.userId !== userId) return {};
        failures += 1;
        if (failures <= 6) throw new Error('payment provider unreachable');
        return { 'billing.customers': 1 };
      },
    });
    const event = await userDeleted(userId);
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await consumer.runOnce();
      if (attempt === 0) expect(await consumersTable()).toMatch(/\nbilling\.erasure\s.*Error: payment provider unreachable$/m);
      // Skip the backoff wait so each call is one attempt.
      await database.db.execute(sql`update events.consumer_offsets set retry_at = null where consumer = 'billing.erasure'`);
    }
    const [deadLetters] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from events.dead_letters where consumer = 'billing.erasure'`);
    expect(deadLetters?.n).toBe(0);
    expect(failures).toBe(7);
    expect((await offsetOf(database.db, 'billing.erasure')).position).toBeGreaterThanOrEqual(event.position);
    expect((await erasureReportsOf(database.db, [event.eventId])).get(event.eventId)?.map((report) => report.subgraph)).toEqual(['billing']);
  });

  it('calls an erasure complete only when every participant has reported', async () => {
    const event = await userDeleted(randomUUID());
    const participants = [...ERASURE_PARTICIPANTS];
    for (const [index, subgraph] of participants.entries()) {
      expect(await erasureComplete(database.db, event.eventId)).toBe(false);
      const consumer = createErasureConsumer({ subgraph, database, erase: async () => ({ [`${subgraph}.rows`]: index }) });
      while ((await consumer.runOnce()).more);
    }
    expect(await erasureComplete(database.db, event.eventId)).toBe(true);
  });
});

describe('pseudonymiseUserEvents', () => {
  it('leaves no identifier of the user in the log while counts by person still add up', async () => {
    const userId = randomUUID();
    const other = randomUUID();
    const visitorId = `visitor-${randomUUID()}`;
    const sessionId = randomUUID();
    const published: EventEnvelope[] = [];
    await database.db.transaction(async (tx) => {
      published.push(await publish(tx, { type: 'user.registered', payload: { userId, visitorId } }));
      published.push(await publish(tx, { type: 'user.signed_in', payload: { userId, sessionId } }));
      published.push(await publish(tx, { type: 'user.signed_in', payload: { userId, sessionId: randomUUID() } }));
      published.push(await publish(tx, { type: 'user.signed_in', payload: { userId: other, sessionId: randomUUID() } }));
      published.push(await publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
    });
    const pseudonym = randomUUID();

    const changed = await database.db.transaction((tx) => pseudonymiseUserEvents(tx, userId.toUpperCase(), pseudonym));

    expect(changed).toBe(4);
    const log = await queryRows<{ stream_id: string; type: string; payload: Record<string, string> }>(
      database.db,
      sql`select stream_id, type, payload from events.log where position >= ${published[0]!.position} order by position`,
    );
    const text = JSON.stringify(log);
    for (const identifier of [userId, visitorId, sessionId]) expect(text).not.toContain(identifier);
    expect(log.filter((row) => row.stream_id === pseudonym).map((row) => row.type)).toEqual(['user.registered', 'user.signed_in', 'user.signed_in', 'user.deleted']);
    expect(log.filter((row) => row.payload.userId === pseudonym)).toHaveLength(4);
    // Replacements keep each field's shape, so a replay still validates; others' events are untouched.
    expect(log[0]!.payload.visitorId).toMatch(/^erased-[0-9a-f]{16}$/);
    expect(log[1]!.payload.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(log[3]).toMatchObject({ stream_id: other, payload: { userId: other } });
  });
});
