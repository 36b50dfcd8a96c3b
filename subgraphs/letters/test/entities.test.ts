import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyses, letterRows, letterVersions } from '../src/db/schema.js';
import { analyzeAts } from '../src/domain/ats.js';
import { STRONG_LETTER } from './fixtures/letters.js';
import { CV_LOGISTIQUE } from './fixtures/cvs.js';
import { OFFER_ENTREPOT } from './fixtures/offers.js';
import { startLetters, userPrincipal, type LettersHarness } from './support.js';

let harness: LettersHarness;
const statements: string[] = [];
const users = Array.from({ length: 50 }, () => randomUUID());

// Two letters per user, each with two versions and an ATS analysis, written straight to the tables.
async function seed(): Promise<void> {
  const ats = analyzeAts(STRONG_LETTER, OFFER_ENTREPOT, 'Maison Verdier');
  const letters = users.flatMap((userId, u) =>
    [0, 1].map((n) => ({
      id: randomUUID(),
      userId,
      jobTitle: "Responsable d'entrepôt",
      company: 'Maison Verdier',
      cvText: CV_LOGISTIQUE,
      offerText: OFFER_ENTREPOT,
      currentVersion: 2,
      tone: 'formel' as const,
      text: STRONG_LETTER,
      createdAt: new Date(Date.UTC(2026, 4, 1, u, n)),
    })),
  );
  await harness.database.db.insert(letterRows).values(letters);
  await harness.database.db.insert(letterVersions).values(letters.flatMap((l) => [1, 2].map((number) => ({ letterId: l.id, number, origin: 'GENERATED' as const, tone: 'formel' as const, text: STRONG_LETTER, wordCount: 210 }))));
  await harness.database.db.insert(analyses).values(letters.map((l) => ({ id: randomUUID(), userId: l.userId, letterId: l.id, letterVersion: 2, kind: 'ats' as const, score: ats.score, result: ats })));
}

beforeAll(async () => {
  harness = await startLetters({ onQuery: (sql) => statements.push(sql) });
  await seed();
});

afterAll(async () => {
  await harness.close();
});

const LETTERS_OF_USERS = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on User { id letters(first: 5) { id company text wordCount versions { number origin } latestAtsAnalysis { score } latestCoachFeedback { score } } }
  }
}`;
type Entities = { _entities: { id: string; letters: { id: string; versions: { number: number }[]; latestAtsAnalysis: { score: number } | null }[] }[] };

async function statementsFor(userIds: readonly string[]): Promise<{ count: number; data: Entities | null | undefined }> {
  const admin = userPrincipal('PREMIUM', ['admin']);
  statements.length = 0;
  const { data, errors } = await harness.letters.execute<Entities>(LETTERS_OF_USERS, { representations: userIds.map((id) => ({ __typename: 'User', id })) }, admin);
  expect(errors).toBeUndefined();
  return { count: statements.length, data };
}

describe('User entity', () => {
  it('fetches 5 or 50 users’ letters, versions and analyses with the same small number of SQL statements', async () => {
    const five = await statementsFor(users.slice(0, 5));
    const fifty = await statementsFor(users);
    expect(fifty.data?._entities).toHaveLength(50);
    expect(fifty.data?._entities.every((user) => user.letters.length === 2 && user.letters.every((l) => l.versions.length === 2 && l.latestAtsAnalysis !== null))).toBe(true);
    expect(fifty.count).toBe(five.count);
    // letters, versions, ATS analyses, coaching: one batched statement each; and one insert
    // recording the admin's reads of all these users in the audit trail.
    expect(fifty.count).toBe(5);
  });

  it('resolves a user’s own letters, newest first, and refuses them to another user', async () => {
    const [userId = ''] = users;
    const owner = userPrincipal('FREE', [], userId);
    const query = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { id letters { id createdAt } } } }`;
    const own = await harness.letters.execute<{ _entities: { id: string; letters: { createdAt: string }[] }[] }>(query, { id: userId }, owner);
    const dates = own.data?._entities[0]?.letters.map((l) => l.createdAt) ?? [];
    expect(dates).toHaveLength(2);
    expect([...dates].sort().reverse()).toEqual(dates);
    const other = await harness.letters.execute(query, { id: userId }, userPrincipal('FREE'));
    expect(other.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a page size outside 1–50', async () => {
    const [userId = ''] = users;
    const query = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { letters(first: 51) { id } } } }`;
    const response = await harness.letters.execute(query, { id: userId }, userPrincipal('FREE', [], userId));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
