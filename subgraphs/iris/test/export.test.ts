import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Principal } from '@phoenix/context-token';
import { irisExportSchema } from '../src/export/schema.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';
import { activeUser, startIris, userPrincipal, type IrisHarness } from './support.js';

const START = new Date('2026-05-14T08:00:00.000Z');
const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId iris } } }`;

let harness: IrisHarness;

beforeAll(async () => {
  harness = await startIris({ clock: { now: START } });
});

afterAll(async () => {
  await harness.close();
});

interface Exported {
  conversations: { id: string; topic: string; messages: { id: string; role: string; text: string | null; status: string; inReplyTo: string | null }[] }[];
  dailyUsage: { day: string; messages: number }[];
  tier: { tier: string } | null;
  consents: { crossAppContext: { granted: boolean } | null; analytics: { granted: boolean } | null };
  aubeScore: { romeCode: string; score: number } | null;
  letters: unknown[];
  moods: unknown[];
  replyAnalytics: { messageId: string }[];
}

function exportOf(userId: string, principal: Principal) {
  return harness.iris.execute<{ _entities: { userId: string; iris: Exported }[] }>(EXPORT, { userId }, principal);
}

describe('DataExport.iris', () => {
  it('exports everything Iris holds about the user, in the shape its JSON Schema describes', async () => {
    const mine = await activeUser(harness, START);
    await activeUser(harness, START);

    const { data, errors } = await exportOf(mine.user.userId, mine.user);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.iris;
    expect(schemaProblems(irisExportSchema, section)).toEqual([]);

    expect(section?.conversations).toHaveLength(1);
    const [reply, question] = section?.conversations[0]?.messages ?? [];
    expect(question).toMatchObject({ id: mine.questionId, role: 'user', text: mine.text, status: 'completed', inReplyTo: null });
    expect(reply).toMatchObject({ id: mine.replyId, role: 'assistant', status: 'completed', inReplyTo: mine.questionId });
    expect(reply?.text?.length).toBeGreaterThan(20);
    expect(section?.dailyUsage).toEqual([{ day: '2026-05-14', messages: 1 }]);
    expect(section?.tier?.tier).toBe('PREMIUM');
    expect(section?.consents).toMatchObject({ crossAppContext: { granted: true }, analytics: { granted: true } });
    expect(section?.aubeScore).toMatchObject({ romeCode: 'M1805', score: 62 });
    expect(section?.letters).toHaveLength(1);
    expect(section?.moods).toHaveLength(1);
    expect(section?.replyAnalytics.map((row) => row.messageId)).toEqual([mine.replyId]);
  });

  it('gives a user who never used Iris an empty section that still matches the schema', async () => {
    const user = userPrincipal('FREE');
    const { data } = await exportOf(user.userId, user);
    expect(schemaProblems(irisExportSchema, data?._entities[0]?.iris)).toEqual([]);
    expect(data?._entities[0]?.iris.conversations).toEqual([]);
  });

  it('refuses the export of someone else’s data, to another user and to an admin alike', async () => {
    const owner = userPrincipal('FREE');
    for (const caller of [userPrincipal('PREMIUM'), userPrincipal('FREE', ['admin'])]) {
      const { data, errors } = await exportOf(owner.userId, caller);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(data?._entities?.[0] ?? null).toBeNull();
    }
  });
});
