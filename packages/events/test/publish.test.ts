import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_CHANNEL, InvalidEventPayloadError, publish, UnknownEventTypeError, type NewEvent } from '../src/index.js';
import { count, eventsDatabase, tierChanged } from './support.js';

describe('publish', () => {
  let database: DatabaseHandle;

  beforeAll(async () => {
    database = await eventsDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('commits the event together with the domain write of the same transaction', async () => {
    const userId = randomUUID();
    const stored = await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into app.tiers (user_id, tier) values (${userId}, 'PREMIUM')`);
      return publish(tx, tierChanged(userId));
    });
    const rows = await queryRows<{ type: string; stream_id: string; payload: unknown; source: string; version: number }>(
      database.db,
      sql`select type, stream_id, payload, source, version from events.log where event_id = ${stored.eventId}`,
    );
    expect(rows).toEqual([{ type: 'user.tier_changed', stream_id: userId, payload: tierChanged(userId).payload, source: 'accounts', version: 1 }]);
    expect(await count(database.db, `app.tiers where user_id = '${userId}'`)).toBe(1);
  });

  it('rolls the event back with the domain write when the transaction fails', async () => {
    const userId = randomUUID();
    const before = await count(database.db, 'events.log');
    await expect(
      database.db.transaction(async (tx) => {
        await publish(tx, tierChanged(userId));
        await tx.execute(sql`insert into app.tiers (user_id, tier) values (${userId}, 'PREMIUM')`);
        throw new Error('the domain rule failed after the write');
      }),
    ).rejects.toThrow('the domain rule failed');
    expect(await count(database.db, 'events.log')).toBe(before);
    expect(await count(database.db, `app.tiers where user_id = '${userId}'`)).toBe(0);
  });

  it('returns the stored envelope with a growing position, the stream id taken from the payload, and the given ids', async () => {
    const correlationId = randomUUID();
    const first = await database.db.transaction((tx) => publish(tx, tierChanged(randomUUID())));
    const completionId = randomUUID();
    const second = await database.db.transaction((tx) =>
      publish(tx, {
        type: 'ai.completion_recorded',
        source: 'letters',
        correlationId,
        causationId: first.eventId,
        payload: { completionId, task: 'letters.generate', provider: 'local', model: 'phoenix-local-1', tokensIn: 812, tokensOut: 344, latencyMs: 95, promptHash: 'a'.repeat(64) },
      }),
    );
    expect(second.position).toBeGreaterThan(first.position);
    expect(second).toMatchObject({ type: 'ai.completion_recorded', version: 1, streamId: completionId, source: 'letters', correlationId, causationId: first.eventId });
    expect(second.occurredAt).toBeInstanceOf(Date);
  });

  it('refuses an undeclared event type and writes nothing', async () => {
    const before = await count(database.db, 'events.log');
    const undeclared = { type: 'user.levitated', payload: { userId: randomUUID() } } as unknown as NewEvent;
    await expect(database.db.transaction((tx) => publish(tx, undeclared))).rejects.toThrow(UnknownEventTypeError);
    expect(await count(database.db, 'events.log')).toBe(before);
  });

  it('refuses a payload that does not match its schema and writes nothing, not even the domain row', async () => {
    const userId = randomUUID();
    const before = await count(database.db, 'events.log');
    const invalid = { type: 'user.tier_changed', payload: { userId, tier: 'GOLD', letterText: 'Madame, Monsieur…' } } as unknown as NewEvent;
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`insert into app.tiers (user_id, tier) values (${userId}, 'GOLD')`);
        await publish(tx, invalid);
      }),
    ).rejects.toThrow(InvalidEventPayloadError);
    expect(await count(database.db, 'events.log')).toBe(before);
    expect(await count(database.db, `app.tiers where user_id = '${userId}'`)).toBe(0);
  });

  it('notifies listeners when the transaction commits, and not when it rolls back', async () => {
    const received: string[] = [];
    const unlisten = await database.listen(EVENTS_CHANNEL, (payload) => received.push(payload));
    try {
      await database.db
        .transaction(async (tx) => {
          await publish(tx, tierChanged(randomUUID()));
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      const stored = await database.db.transaction((tx) => publish(tx, tierChanged(randomUUID())));
      const deadline = Date.now() + 5000;
      while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(received).toEqual([String(stored.position)]);
    } finally {
      await unlisten();
    }
  });
});
