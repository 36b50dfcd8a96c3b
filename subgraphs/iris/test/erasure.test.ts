import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AiRouter } from '@phoenix/ai';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { DEV_ANALYTICS_PEPPER } from '../src/config.js';
import { userHash } from '../src/domain/analytics.js';
import { activeUser, countRows, eventually, gatedRouter, replyRow, send, startIris, USER_TABLES, userPrincipal, type IrisHarness } from './support.js';

const START = new Date('2026-05-14T08:00:00.000Z');
const hashOf = (userId: string) => userHash(DEV_ANALYTICS_PEPPER, userId);

async function deleteUser(harness: IrisHarness, userId: string) {
  return harness.database.db.transaction((tx) => publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
}

async function chunksOf(harness: IrisHarness, messageId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(harness.database.db, sql`select count(*)::int as n from iris.reply_chunks where message_id = ${messageId}`);
  return row?.n ?? 0;
}

async function analyticsHashes(harness: IrisHarness, hash: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(harness.database.db, sql`select count(*)::int as n from iris.reply_analytics where user_hash = ${hash}`);
  return row?.n ?? 0;
}

async function reportOf(harness: IrisHarness, eventId: string) {
  return queryRows<{ subgraph: string; rows: Record<string, number> }>(harness.database.db, sql`select subgraph, rows from events.erasure_reports where event_id = ${eventId}`);
}

describe('account erasure', () => {
  let harness: IrisHarness;

  beforeAll(async () => {
    harness = await startIris({ clock: { now: START } });
  });

  afterAll(async () => {
    await harness.close();
  });

  it('deletes every Iris row of a deleted user, unlinks their analytics, touches nobody else, and reports the rows per table', async () => {
    const leaving = await activeUser(harness, START);
    const staying = await activeUser(harness, START);
    const before = async (userId: string) => Promise.all(USER_TABLES.map((table) => countRows(harness.database, table, userId)));
    const leavingBefore = await before(leaving.user.userId);
    const stayingBefore = await before(staying.user.userId);
    expect([...leavingBefore, ...stayingBefore].every((n) => n > 0)).toBe(true);
    const leavingChunks = await chunksOf(harness, leaving.replyId);
    expect(leavingChunks).toBeGreaterThan(1);

    const event = await deleteUser(harness, leaving.user.userId);
    await harness.project();
    await harness.erase();

    expect(await before(leaving.user.userId)).toEqual(USER_TABLES.map(() => 0));
    expect(await chunksOf(harness, leaving.replyId)).toBe(0);
    expect(await analyticsHashes(harness, hashOf(leaving.user.userId))).toBe(0);
    const [unlinked] = await queryRows<{ user_hash: string | null }>(harness.database.db, sql`select user_hash from iris.reply_analytics where message_id = ${leaving.replyId}`);
    expect(unlinked).toEqual({ user_hash: null });

    expect(await before(staying.user.userId)).toEqual(stayingBefore);
    expect(await chunksOf(harness, staying.replyId)).toBeGreaterThan(1);
    expect(await analyticsHashes(harness, hashOf(staying.user.userId))).toBe(1);

    const expected = Object.fromEntries(USER_TABLES.map((table, index) => [`iris.${table}`, leavingBefore[index]]));
    expect(await reportOf(harness, event.eventId)).toEqual([{ subgraph: 'iris', rows: { ...expected, 'iris.reply_chunks': leavingChunks, 'iris.reply_analytics': 1 } }]);

    // A second delivery (a replay) finds nothing to erase and keeps the first report.
    await harness.database.db.execute(sql`update events.consumer_offsets set position = ${event.position - 1} where consumer = 'iris.erasure'`);
    await harness.erase();
    expect(await before(staying.user.userId)).toEqual(stayingBefore);
    expect((await reportOf(harness, event.eventId)).map((report) => report.rows)).toEqual([{ ...expected, 'iris.reply_chunks': leavingChunks, 'iris.reply_analytics': 1 }]);
  });

  it('waits for the projections to apply the user’s earlier events, so none re-creates a row after the erasure', async () => {
    const userId = randomUUID();
    await harness.publishEvent({ type: 'rise.mood_logged', occurredAt: START, payload: { userId, entryId: randomUUID(), mood: 4, confidence: 4 } });
    const event = await deleteUser(harness, userId);

    await harness.erase();
    expect(await reportOf(harness, event.eventId)).toEqual([]);
    const [offset] = await queryRows<{ last_error: string | null }>(harness.database.db, sql`select last_error from events.consumer_offsets where consumer = 'iris.erasure'`);
    expect(offset?.last_error).toContain('iris.projections');

    await harness.project();
    expect(await countRows(harness.database, 'mood_entries', userId)).toBe(1);
    // The erasure retries after its backoff (half a second for the first retry).
    const report = await eventually(async () => {
      await harness.erase();
      return (await reportOf(harness, event.eventId))[0];
    });
    expect(report.rows['iris.mood_entries']).toBe(1);
    expect(await countRows(harness.database, 'mood_entries', userId)).toBe(0);
  });
});

describe('a reply being written when its user is erased', () => {
  let harness: IrisHarness;
  let router: ReturnType<typeof gatedRouter>;
  let streaming: Promise<void>;

  beforeAll(async () => {
    router = gatedRouter();
    let started!: () => void;
    streaming = new Promise((resolve) => (started = resolve));
    // Tells the test when the writer has read the reply's material and waits on the AI layer.
    const ai: AiRouter = { ...router, stream: (request, options) => (started(), router.stream(request, options)) };
    harness = await startIris({ clock: { now: START }, ai });
  });

  afterAll(async () => {
    router.open();
    await harness.close();
    router.close();
  });

  it('leaves no row, analytics or event behind once the writer resumes', async () => {
    const user = userPrincipal('PREMIUM');
    await harness.consent(user.userId, 'analytics', true, START);
    const message = await send(harness, user, { text: 'Comment préparer un bilan de compétences ?' });
    await streaming;
    expect((await replyRow(harness.database, message.reply.id))?.status).toBe('streaming');

    await deleteUser(harness, user.userId);
    await harness.project();
    await harness.erase();
    expect(await countRows(harness.database, 'messages', user.userId)).toBe(0);

    router.open();
    await eventually(async () => harness.definition.replies.active === 0);
    for (const table of USER_TABLES) expect(await countRows(harness.database, table, user.userId)).toBe(0);
    expect(await chunksOf(harness, message.reply.id)).toBe(0);
    expect(await countRows(harness.database, 'reply_analytics')).toBe(0);
    expect((await harness.events('iris.reply_completed')).filter((event) => event.payload.messageId === message.reply.id)).toEqual([]);
    expect(await harness.events('ai.completion_recorded')).toEqual([]);
  });
});
