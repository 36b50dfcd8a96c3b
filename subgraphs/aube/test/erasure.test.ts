import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import { erasureReportsOf } from '@phoenix/events';
import { startAube, user, type AubeHarness } from './harness.js';

const START = `mutation ($input: StartExplorationInput!) { startExploration(input: $input) { id trustReport { id } } }`;
const SHARE = `mutation ($id: ID!) { shareTrustReport(id: $id) { shareUrl } }`;
const REPORT = `query ($id: ID!) { exploration(id: $id) { id trustReport { pdfUrl } } }`;
const input = { occupationCode: 'M1805', yearsOfExperience: 5, skills: ['Négocier avec les clients'], values: ['creer_innover'], environments: ['hybride'] };

interface Started {
  startExploration: { id: string; trustReport: { id: string } };
}

let aube: AubeHarness;

beforeAll(async () => {
  aube = await startAube();
});

afterAll(async () => {
  await aube.close();
});

async function explore(userId: string, share: boolean): Promise<{ id: string; shareUrl: string | undefined }> {
  const { data } = await aube.execute<Started>(START, { input }, user(userId));
  const exploration = data!.startExploration;
  if (!share) return { id: exploration.id, shareUrl: undefined };
  const shared = await aube.execute<{ shareTrustReport: { shareUrl: string } }>(SHARE, { id: exploration.trustReport.id }, user(userId));
  return { id: exploration.id, shareUrl: shared.data!.shareTrustReport.shareUrl };
}

async function rowsOf(userId: string): Promise<{ explorations: number; shares: number }> {
  const [row] = await queryRows<{ explorations: number; shares: number }>(
    aube.database.db,
    sql`select (select count(*)::int from aube.explorations where user_id = ${userId}) as explorations,
               (select count(*)::int from aube.report_shares where user_id = ${userId}) as shares`,
  );
  return row!;
}

describe('erasure of a user in aube', () => {
  it("deletes the user's explorations and share links, kills the links, leaves others untouched and reports the counts", async () => {
    const leaving = randomUUID();
    const staying = randomUUID();
    const shared = await explore(leaving, true);
    await explore(leaving, false);
    const kept = await explore(staying, true);
    expect(await rowsOf(leaving)).toEqual({ explorations: 2, shares: 1 });
    expect((await aube.fetchLink(shared.shareUrl!)).status).toBe(200);

    const eventId = await aube.deleteUser(leaving);
    await aube.erasure.runOnce();

    expect(await rowsOf(leaving)).toEqual({ explorations: 0, shares: 0 });
    expect(await rowsOf(staying)).toEqual({ explorations: 1, shares: 1 });
    expect((await aube.fetchLink(shared.shareUrl!)).status).toBe(404);
    expect((await aube.fetchLink(kept.shareUrl!)).status).toBe(200);
    const { data } = await aube.execute<{ exploration: unknown }>(REPORT, { id: shared.id }, user(leaving));
    expect(data?.exploration ?? null).toBeNull();
    const reports = (await erasureReportsOf(aube.database.db, [eventId])).get(eventId);
    expect(reports?.map((report) => [report.subgraph, report.rows])).toEqual([['aube', { 'aube.report_shares': 1, 'aube.explorations': 2 }]]);
  });

  it('changes nothing on a second delivery of the same event', async () => {
    const leaving = randomUUID();
    const staying = randomUUID();
    await explore(leaving, true);
    await explore(staying, true);
    const eventId = await aube.deleteUser(leaving);
    await aube.erasure.runOnce();
    const [event] = await queryRows<{ position: number }>(aube.database.db, sql`select position::int as position from events.log where event_id = ${eventId}`);

    await aube.database.db.execute(sql`update events.consumer_offsets set position = ${event!.position - 1} where consumer = 'aube.erasure'`);
    await aube.erasure.runOnce();

    expect(await rowsOf(leaving)).toEqual({ explorations: 0, shares: 0 });
    expect(await rowsOf(staying)).toEqual({ explorations: 1, shares: 1 });
    const reports = (await erasureReportsOf(aube.database.db, [eventId])).get(eventId);
    expect(reports?.map((report) => report.rows)).toEqual([{ 'aube.report_shares': 1, 'aube.explorations': 1 }]);
    const [offset] = await queryRows<{ position: number; attempts: number }>(
      aube.database.db,
      sql`select position::int as position, attempts from events.consumer_offsets where consumer = 'aube.erasure'`,
    );
    expect(offset).toEqual({ position: event!.position, attempts: 0 });
  });

  it('reports zeros for a user who never saved an exploration', async () => {
    const eventId = await aube.deleteUser(randomUUID());
    await aube.erasure.runOnce();
    const reports = (await erasureReportsOf(aube.database.db, [eventId])).get(eventId);
    expect(reports?.map((report) => report.rows)).toEqual([{ 'aube.report_shares': 0, 'aube.explorations': 0 }]);
  });
});
