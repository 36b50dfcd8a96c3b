import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eq } from 'drizzle-orm';
import { letterRows } from '../src/db/schema.js';
import { count, GENERATE, letterInput, startLetters, userPrincipal, type LettersHarness } from './support.js';

let harness: LettersHarness;
let clock = new Date('2026-05-20T10:00:00Z');

beforeAll(async () => {
  harness = await startLetters({ now: () => clock });
});

afterAll(async () => {
  await harness.close();
});

const QUOTA = `query ($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { letterQuota { used limit remaining resetsAt } } } }`;
type Quota = { _entities: { letterQuota: { used: number; limit: number | null; remaining: number | null; resetsAt: string } }[] };

async function quotaOf(principal: ReturnType<typeof userPrincipal>) {
  const { data, errors } = await harness.letters.execute<Quota>(QUOTA, { id: principal.userId }, principal);
  expect(errors).toBeUndefined();
  return data?._entities[0]?.letterQuota;
}

const generate = (principal: ReturnType<typeof userPrincipal>, input = letterInput()) => harness.letters.execute<{ generateLetter: { id: string } }>(GENERATE, { input }, principal);

describe('monthly letter quota', () => {
  it('gives exactly one letter and nine QUOTA_EXCEEDED to ten parallel requests from a FREE user with one letter left', async () => {
    const free = userPrincipal('FREE');
    for (let i = 0; i < 2; i += 1) expect((await generate(free)).errors).toBeUndefined();
    expect(await quotaOf(free)).toEqual({ used: 2, limit: 3, remaining: 1, resetsAt: '2026-05-31T22:00:00.000Z' });

    const responses = await Promise.all(Array.from({ length: 10 }, () => generate(free)));

    const letters = responses.filter((response) => response.data?.generateLetter);
    const refused = responses.filter((response) => response.errors?.[0]?.extensions.code === 'QUOTA_EXCEEDED');
    expect(letters).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const response of refused) expect(response.errors?.[0]?.extensions).toMatchObject({ resetsAt: '2026-05-31T22:00:00.000Z', limit: 3 });
    expect(await quotaOf(free)).toMatchObject({ used: 3, remaining: 0 });
    expect(await harness.database.db.select({ id: letterRows.id }).from(letterRows).where(eq(letterRows.userId, free.userId))).toHaveLength(3);
    expect((await harness.events('letters.letter_generated')).filter((event) => event.streamId === free.userId)).toHaveLength(3);
  });

  it('changes nothing when the quota is used up: no letter, no version, no event', async () => {
    const free = userPrincipal('FREE');
    for (let i = 0; i < 3; i += 1) expect((await generate(free)).errors).toBeUndefined();
    const before = [await count(harness.database, 'letters.letters'), await count(harness.database, 'letters.letter_versions'), await count(harness.database, 'events.log')];
    const refused = await generate(free);
    expect(refused.errors?.[0]?.extensions.code).toBe('QUOTA_EXCEEDED');
    const after = [await count(harness.database, 'letters.letters'), await count(harness.database, 'letters.letter_versions'), await count(harness.database, 'events.log')];
    expect(after).toEqual(before);
  });

  it('counts a regeneration as a letter, but not an edit', async () => {
    const free = userPrincipal('FREE');
    const first = await generate(free);
    const id = first.data?.generateLetter.id;
    await harness.letters.execute('mutation ($id: ID!) { regenerateLetter(id: $id) { id } }', { id }, free);
    await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id, text: 'Madame, Monsieur, voici ma lettre revue et corrigée, avec mes résultats chiffrés.' }, free);
    expect(await quotaOf(free)).toMatchObject({ used: 2, remaining: 1 });
  });

  it('starts again at zero in the next calendar month of Paris time', async () => {
    const free = userPrincipal('FREE');
    for (let i = 0; i < 3; i += 1) await generate(free);
    clock = new Date('2026-05-31T22:30:00Z');
    try {
      expect(await quotaOf(free)).toEqual({ used: 0, limit: 3, remaining: 3, resetsAt: '2026-06-30T22:00:00.000Z' });
      expect((await generate(free)).errors).toBeUndefined();
    } finally {
      clock = new Date('2026-05-20T10:00:00Z');
    }
  });

  it('allows PREMIUM 50 letters a month and PREMIUM_PLUS an unlimited number', async () => {
    const premium = userPrincipal('PREMIUM');
    const plus = userPrincipal('PREMIUM_PLUS');
    await generate(plus);
    expect(await quotaOf(premium)).toMatchObject({ used: 0, limit: 50, remaining: 50 });
    expect(await quotaOf(plus)).toMatchObject({ used: 1, limit: null, remaining: null });
  });

  it('shows the quota to its owner only', async () => {
    const owner = userPrincipal('FREE');
    const { errors } = await harness.letters.execute(QUOTA, { id: owner.userId }, userPrincipal('FREE', ['admin']));
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const anonymous = await harness.letters.execute(QUOTA, { id: owner.userId });
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
