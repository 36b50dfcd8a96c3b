import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseHandle, type Transaction } from '@phoenix/db';
import { createConsumer, publish, type Consumer, type ConsumerOptions, type EventEnvelope } from '../src/index.js';
import { count, eventsDatabase, offsetOf, projectTierChange, projection, publishTierChanges, waitFor } from './support.js';

let database: DatabaseHandle;
const running: Consumer[] = [];

beforeAll(async () => {
  database = await eventsDatabase();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
});
afterAll(async () => {
  await database.close();
});

/** A consumer that begins after the events earlier tests published, so each test sees only its own. */
async function consumer(options: Partial<ConsumerOptions> & { name: string }, handle: DatabaseHandle = database): Promise<Consumer> {
  const created = createConsumer({ database: handle, handle: projectTierChange, startAt: 'latest', backoff: () => 10, ...options });
  running.push(created);
  await created.runOnce();
  return created;
}

async function changesOf(userId: string): Promise<number> {
  return (await projection(database.db)).find((row) => row.user_id === userId)?.changes ?? 0;
}

describe('createConsumer', () => {
  it('applies every event once, in log order, and keeps its offset at the last one', async () => {
    const seen: number[] = [];
    const ordered = await consumer({
      name: 'in-order',
      batchSize: 3,
      handle: async (event, tx) => {
        seen.push(event.position);
        await projectTierChange(event, tx);
      },
    });
    const userId = randomUUID();
    const published = await publishTierChanges(database.db, 7, userId);
    while ((await ordered.runOnce()).more);
    expect(seen).toEqual(published.map((event) => event.position));
    expect(await changesOf(userId)).toBe(7);
    expect((await offsetOf(database.db, 'in-order')).position).toBe(published.at(-1)!.position);
  });

  it('keeps what a batch applied before a handler crash, and the retry applies each remaining effect exactly once', async () => {
    const userId = randomUUID();
    const calls = new Map<string, number>();
    const crash = { at: '' };
    const crashing = await consumer({
      name: 'crash-mid-batch',
      batchSize: 10,
      handle: async (event, tx) => {
        calls.set(event.eventId, (calls.get(event.eventId) ?? 0) + 1);
        await projectTierChange(event, tx);
        if (event.eventId === crash.at && calls.get(event.eventId) === 1) throw new Error('crash');
      },
    });
    const published = await publishTierChanges(database.db, 10, userId);
    crash.at = published[4]!.eventId;

    const first = await crashing.runOnce();
    expect(first).toMatchObject({ handled: 4, more: false });
    expect(first.retryAt).toBeInstanceOf(Date);
    expect(await changesOf(userId)).toBe(4);
    expect(await offsetOf(database.db, 'crash-mid-batch')).toEqual({ position: published[3]!.position, attempts: 1 });

    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await crashing.runOnce()).toMatchObject({ handled: 6, retryAt: null });
    expect(await changesOf(userId)).toBe(10);
    expect(calls.get(crash.at)).toBe(2);
    expect(await offsetOf(database.db, 'crash-mid-batch')).toEqual({ position: published[9]!.position, attempts: 0 });
  });

  it('commits what it applied when stopped mid-batch, and a new consumer with the same name resumes right after, applying each effect once', async () => {
    const userId = randomUUID();
    const applied: string[] = [];
    let published: EventEnvelope<'user.tier_changed'>[] = [];
    const first: Consumer = await consumer({
      name: 'stopped-mid-batch',
      batchSize: 10,
      pollIntervalMs: 60_000,
      handle: async (event, tx) => {
        applied.push(event.eventId);
        await projectTierChange(event, tx);
        if (event.eventId === published[4]?.eventId) void first.stop();
      },
    });
    published = await publishTierChanges(database.db, 10, userId);
    await first.start();
    await waitFor(async () => applied.length >= 5, 10_000, 'five events');
    await first.stop();
    expect(applied).toEqual(published.slice(0, 5).map((event) => event.eventId));
    expect((await offsetOf(database.db, 'stopped-mid-batch')).position).toBe(published[4]!.position);

    const second = createConsumer({ name: 'stopped-mid-batch', database, handle: projectTierChange, pollIntervalMs: 60_000 });
    running.push(second);
    await second.start();
    await waitFor(async () => (await offsetOf(database.db, 'stopped-mid-batch')).position === published[9]!.position, 10_000, 'the last event');
    expect(await changesOf(userId)).toBe(10);
  });

  it('loses the whole batch when its transaction fails to commit, and the next run applies each effect exactly once', async () => {
    // A deferred constraint fails at COMMIT, after every handler ran: the closest a test gets to
    // a process dying mid-batch, on both PGlite and a server.
    await database.db.execute(sql`create table app.commit_guard (id int not null, constraint commit_guard_unique unique (id) deferrable initially deferred)`);
    const userId = randomUUID();
    let sabotage = true;
    const doomed = await consumer({
      name: 'commit-fails',
      batchSize: 10,
      handle: async (event, tx) => {
        await projectTierChange(event, tx);
        if (sabotage && event.eventId === published[6]!.eventId) {
          sabotage = false;
          await tx.execute(sql`insert into app.commit_guard (id) values (1), (1)`);
        }
      },
    });
    const published = await publishTierChanges(database.db, 10, userId);
    const before = (await offsetOf(database.db, 'commit-fails')).position;

    await expect(doomed.runOnce()).rejects.toThrow();
    expect(await changesOf(userId)).toBe(0);
    expect((await offsetOf(database.db, 'commit-fails')).position).toBe(before);

    expect(await doomed.runOnce()).toMatchObject({ handled: 10 });
    expect(await changesOf(userId)).toBe(10);
    expect((await offsetOf(database.db, 'commit-fails')).position).toBe(published[9]!.position);
  });

  it('moves a poison event to the dead letters after maxAttempts tries and goes on with the next events', async () => {
    const userId = randomUUID();
    const poison = { eventId: '' };
    let poisonCalls = 0;
    const survivor = await consumer({
      name: 'poison',
      maxAttempts: 3,
      handle: async (event, tx) => {
        if (event.eventId === poison.eventId) {
          poisonCalls += 1;
          throw new TypeError('cannot read the tier');
        }
        await projectTierChange(event, tx);
      },
    });
    const published = await publishTierChanges(database.db, 5, userId);
    poison.eventId = published[1]!.eventId;
    await survivor.start();
    await waitFor(async () => (await offsetOf(database.db, 'poison')).position === published[4]!.position, 10_000, 'the last event');

    expect(poisonCalls).toBe(3);
    expect(await changesOf(userId)).toBe(4);
    const letters = await queryRows<{ event_id: string; attempts: number; last_error: string; type: string }>(
      database.db,
      sql`select event_id::text, attempts, last_error, type from events.dead_letters where consumer = 'poison'`,
    );
    expect(letters).toEqual([{ event_id: poison.eventId, attempts: 3, last_error: 'TypeError: cannot read the tier', type: 'user.tier_changed' }]);
  });

  it('wakes on NOTIFY without waiting for its 60 s poll interval', async () => {
    const userId = randomUUID();
    const listening = await consumer({ name: 'notified', pollIntervalMs: 60_000 });
    await listening.start();
    // Let the first, empty batch finish so the consumer is asleep on its poll interval.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const publishedAt = Date.now();
    await publishTierChanges(database.db, 1, userId);
    await waitFor(async () => (await changesOf(userId)) === 1, 5_000, 'the notified event');
    expect(Date.now() - publishedAt).toBeLessThan(2_000);
  });

  it('hands only the listed types to the handler and still moves its offset past the others', async () => {
    const seen: string[] = [];
    const filtered = await consumer({
      name: 'filtered',
      types: ['user.deleted'],
      handle: async (event) => {
        seen.push(event.type);
      },
    });
    const userId = randomUUID();
    await publishTierChanges(database.db, 2, userId);
    const deleted = await database.db.transaction((tx) => publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
    expect(await filtered.runOnce()).toMatchObject({ handled: 1 });
    expect(seen).toEqual(['user.deleted']);
    expect((await offsetOf(database.db, 'filtered')).position).toBe(deleted.position);
  });

  it('starts a new consumer at the first event of the log unless told to start at the latest', async () => {
    await publishTierChanges(database.db, 1);
    const fromStart = createConsumer({ name: 'from-start', database, handle: async () => undefined });
    const outcome = await fromStart.runOnce();
    expect(outcome.handled).toBe(await count(database.db, 'events.log'));
  });
});

// These need several sessions on one server; PGlite has a single session.
if (process.env.DATABASE_URL) {
  describe('createConsumer on a Postgres server (needs DATABASE_URL)', () => {
    let other: DatabaseHandle;

    beforeAll(async () => {
      other = await openDatabase({ url: database.url, maxConnections: 3 });
    });
    afterAll(async () => {
      await other.close();
    });

    it('never lets two processes with the same consumer name both apply an event (needs a Postgres server)', async () => {
      await database.db.execute(sql`create table app.applied (event_id uuid not null, instance text not null)`);
      const record = (instance: string) => async (event: EventEnvelope, tx: Transaction) => {
        await tx.execute(sql`insert into app.applied (event_id, instance) values (${event.eventId}, ${instance})`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      };
      const one = await consumer({ name: 'shared', batchSize: 5, pollIntervalMs: 50, handle: record('one') });
      const two = await consumer({ name: 'shared', batchSize: 5, pollIntervalMs: 50, handle: record('two') }, other);
      await Promise.all([one.start(), two.start()]);
      const published = await publishTierChanges(database.db, 60);
      await waitFor(async () => (await offsetOf(database.db, 'shared')).position === published.at(-1)!.position, 20_000, 'the last event');

      const [totals] = await queryRows<{ rows: number; events: number }>(
        database.db,
        sql`select count(*)::int as rows, count(distinct event_id)::int as events from app.applied`,
      );
      expect(totals).toEqual({ rows: 60, events: 60 });
    });
  });
}
