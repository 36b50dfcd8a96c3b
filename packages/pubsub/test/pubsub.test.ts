import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createTestDatabase, migrateSchema, openDatabase, queryRows, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { createPubSub, INLINE_LIMIT_BYTES, PUBSUB_MIGRATIONS, SubscriberOverflowError, type PubSub } from '../src/index.js';

const logger = createLogger('pubsub-test', 'silent');
let database: DatabaseHandle;
// A second replica: its own connection pool on a server; PGlite has a single session, which
// every service of `npm start` shares, so there the replicas share the handle.
let replicaDatabase: DatabaseHandle;
const opened: PubSub[] = [];

function pubsub(handle: DatabaseHandle = database, maxQueue?: number): PubSub {
  const instance = createPubSub({ database: handle, logger, ...(maxQueue ? { maxQueue } : {}) });
  opened.push(instance);
  return instance;
}

/** The next value, failing the test instead of hanging if nothing comes within a generous delay. */
async function nextValue<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('no message within 15 s')), 15_000);
  });
  try {
    return await Promise.race([iterator.next(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const values: T[] = [];
  while (values.length < count) {
    const result = await nextValue(iterator);
    if (result.done) throw new Error(`iterator ended after ${values.length} values`);
    values.push(result.value);
  }
  return values;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, PUBSUB_MIGRATIONS);
  replicaDatabase = database.url ? await openDatabase({ url: database.url, maxConnections: 2 }) : database;
});

afterAll(async () => {
  await Promise.all(opened.map((instance) => instance.close()));
  if (replicaDatabase !== database) await replicaDatabase.close();
  await database.close();
});

describe('pub/sub over LISTEN/NOTIFY', () => {
  it('delivers a publication to the subscribers of every replica on the same database', async () => {
    const first = pubsub();
    const second = pubsub(replicaDatabase);
    const onFirst = await first.subscribe<{ n: number }>('replicas');
    const onSecond = await second.subscribe<{ n: number }>('replicas');
    const elsewhere = await second.subscribe<{ n: number }>('another-topic');

    await second.publish('replicas', { n: 1 });
    await second.publish('another-topic', { n: 2 });

    expect(await take(onFirst, 1)).toEqual([{ n: 1 }]);
    expect(await take(onSecond, 1)).toEqual([{ n: 1 }]);
    expect(await take(elsewhere, 1)).toEqual([{ n: 2 }]);
  });

  it('passes a payload above the NOTIFY limit by reference through pubsub.messages', async () => {
    const publisher = pubsub();
    const receiver = pubsub(replicaDatabase);
    const subscription = await receiver.subscribe<{ text: string }>('large');
    const text = 'Réponse très détaillée : '.repeat(1200);
    expect(Buffer.byteLength(text)).toBeGreaterThan(INLINE_LIMIT_BYTES);

    await publisher.publish('large', { text });

    expect(await take(subscription, 1)).toEqual([{ text }]);
    const rows = await queryRows<{ topic: string; kind: string }>(database.db, sql`select topic, jsonb_typeof(payload) as kind from pubsub.messages`);
    expect(rows).toEqual([{ topic: 'large', kind: 'object' }]);
  });

  it('prunes stored payloads older than a few minutes when it stores a new one', async () => {
    await database.db.execute(
      sql`insert into pubsub.messages (id, topic, payload, created_at) values (gen_random_uuid(), 'stale', '{}'::jsonb, now() - interval '10 minutes')`,
    );
    const instance = createPubSub({ database, logger });
    await instance.publish('fresh', { text: 'y'.repeat(8000) });
    await instance.close();

    const topics = await queryRows<{ topic: string }>(database.db, sql`select topic from pubsub.messages where topic in ('stale', 'fresh')`);
    expect(topics).toEqual([{ topic: 'fresh' }]);
  });

  it('yields one publisher’s messages in publish order, small and stored ones mixed, even when not awaited one by one', async () => {
    const publisher = pubsub();
    const subscription = await pubsub(replicaDatabase).subscribe<{ n: number; pad?: string }>('ordered');
    const sent = Array.from({ length: 30 }, (_, n) => (n % 7 === 3 ? { n, pad: 'x'.repeat(9000) } : { n }));

    await Promise.all(sent.map((payload) => publisher.publish('ordered', payload)));

    const received = await take(subscription, sent.length);
    expect(received.map((payload) => payload.n)).toEqual(sent.map((payload) => payload.n));
    expect(received[3]?.pad).toHaveLength(9000);
  });

  it('drops a subscriber that falls more than maxQueue messages behind, with SubscriberOverflowError', async () => {
    const instance = pubsub(database, 3);
    const slow = await instance.subscribe<number>('burst');
    const marker = await instance.subscribe<string>('burst-marker');

    for (let n = 1; n <= 5; n += 1) await instance.publish('burst', n);
    await instance.publish('burst-marker', 'sent');
    // Receptions are handled in publish order: once the marker is here, the burst was offered to `slow`.
    expect(await take(marker, 1)).toEqual(['sent']);

    await expect(slow.next()).rejects.toBeInstanceOf(SubscriberOverflowError);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
  });

  it('stops delivering once a subscriber returns, and ends a next() that was waiting', async () => {
    const instance = pubsub();
    const leaving = await instance.subscribe<string>('leave');
    const staying = await instance.subscribe<string>('leave');
    const waiting = leaving.next();

    await leaving.return?.();

    expect(await waiting).toEqual({ value: undefined, done: true });
    await instance.publish('leave', 'after');
    expect(await take(staying, 1)).toEqual(['after']);
    expect(await leaving.next()).toEqual({ value: undefined, done: true });
  });

  it('on close ends every subscription and refuses new publications and subscriptions', async () => {
    const instance = createPubSub({ database, logger });
    const subscription = await instance.subscribe<string>('closing');
    const waiting = subscription.next();

    await instance.close();

    expect(await waiting).toEqual({ value: undefined, done: true });
    await expect(instance.publish('closing', 'late')).rejects.toThrow('closed');
    await expect(instance.subscribe('closing')).rejects.toThrow('closed');
  });

  it('refuses payloads JSON cannot carry and empty topics', async () => {
    const instance = pubsub();
    await expect(instance.publish('t', undefined)).rejects.toThrow('JSON');
    await expect(instance.publish('', 1)).rejects.toThrow('topics');
    await expect(instance.subscribe('')).rejects.toThrow('topics');
  });
});
