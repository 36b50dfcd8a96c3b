import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import { publish, type ErasedRows } from '@phoenix/events';
import { LOG_MOOD, RISE_TABLES, START_COACHING, startRise, userPrincipal, type RiseHarness } from './support.js';

let h: RiseHarness;

beforeAll(async () => {
  h = await startRise();
});

afterAll(async () => {
  await h.close();
});

/** What the rise erasure consumer recorded for a `user.deleted` event. */
async function erasureReport(eventId: string): Promise<ErasedRows | undefined> {
  const rows = await queryRows<{ rows: ErasedRows }>(h.database.db, sql`select rows from events.erasure_reports where event_id = ${eventId} and subgraph = 'rise'`);
  return rows[0]?.rows;
}

/** Gives `user` a row in every Rise table. */
async function useEverything(user: ReturnType<typeof userPrincipal>): Promise<void> {
  await h.rise.execute(LOG_MOOD, { input: { mood: 4, confidence: 5, notes: 'Rendez-vous au CIO demain.' } }, user);
  const goal = await h.rise.execute<{ setGoal: { id: string; milestones: { id: string }[] } }>(
    `mutation { setGoal(input: { title: "Passer le CAP pâtissier", targetDate: "2026-12-15", milestones: ["S'inscrire"] }) { id milestones { id } } }`,
    {},
    user,
  );
  await h.rise.execute(`mutation ($goalId: ID) { planAction(input: { title: "Appeler le CFA", goalId: $goalId }) { id } }`, { goalId: goal.data?.setGoal.id }, user);
  await h.rise.execute(`mutation { logPracticeSession(input: { kind: MEDITATION, durationSeconds: 300 }) { id } }`, {}, user);
  await h.rise.execute(START_COACHING, {}, user);
}

describe('erasure', () => {
  it('deletes every Rise row of a deleted user, and only theirs, when user.deleted is published, and reports the rows per table', async () => {
    const leaving = userPrincipal();
    const staying = userPrincipal();
    await useEverything(leaving);
    await useEverything(staying);
    const before = await h.rowsOf(leaving.userId);
    for (const table of RISE_TABLES) expect(before[table]).toBeGreaterThan(0);

    const event = await h.database.db.transaction((tx) => publish(tx, { type: 'user.deleted', source: 'accounts', payload: { userId: leaving.userId, requestedBy: 'user' } }));
    await h.definition.erasure.runOnce();

    expect(Object.values(await h.rowsOf(leaving.userId))).toEqual(RISE_TABLES.map(() => 0));
    for (const count of Object.values(await h.rowsOf(staying.userId))) expect(count).toBeGreaterThan(0);
    expect(await erasureReport(event.eventId)).toEqual(Object.fromEntries(RISE_TABLES.map((table) => [`rise.${table}`, before[table]])));
  });

  it('applies the same erasure delivered twice without failing, the second reporting zeros', async () => {
    const user = userPrincipal();
    await useEverything(user);
    const erase = { type: 'user.deleted' as const, source: 'accounts', payload: { userId: user.userId, requestedBy: 'admin' as const } };
    const [first, second] = await h.database.db.transaction(async (tx) => [await publish(tx, erase), await publish(tx, erase)]);
    await h.definition.erasure.runOnce();
    expect(Object.values(await h.rowsOf(user.userId))).toEqual(RISE_TABLES.map(() => 0));
    expect(Object.values((await erasureReport(first?.eventId ?? '')) ?? {}).some((n) => n > 0)).toBe(true);
    expect(Object.values((await erasureReport(second?.eventId ?? '')) ?? {})).toEqual(RISE_TABLES.map(() => 0));
    const [dead] = await queryRows<{ n: number }>(h.database.db, sql`select count(*)::int as n from events.dead_letters`);
    expect(dead?.n).toBe(0);
  });

  it('is the erasure consumer of the events library, one of the subgraph’s workers', () => {
    expect(h.definition.erasure.name).toBe('rise.erasure');
    expect(h.definition.workers).toContain(h.definition.erasure);
  });

  it('is applied by the running service without being asked', async () => {
    const running = await startRise({ workers: true });
    try {
      const user = userPrincipal();
      await running.rise.execute(LOG_MOOD, { input: { mood: 6, confidence: 6 } }, user);
      await running.database.db.transaction((tx) => publish(tx, { type: 'user.deleted', source: 'accounts', payload: { userId: user.userId, requestedBy: 'user' } }));
      const deadline = Date.now() + 10_000;
      while ((await running.rowsOf(user.userId)).journal_entries > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect((await running.rowsOf(user.userId)).journal_entries).toBe(0);
    } finally {
      await running.close();
    }
  });
});
