import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { queryRows } from '@phoenix/db';
import type { ErasedRows } from '@phoenix/events';
import { count, GENERATE, letterInput, startLetters, userPrincipal, type GeneratedLetter, type LettersHarness } from './support.js';

let harness: LettersHarness;

beforeAll(async () => {
  harness = await startLetters();
});

afterAll(async () => {
  await harness.close();
});

const AUBE = { occupationCode: 'C1201', occupationTitle: 'Conseiller clientèle bancaire', resilienceScore: 64, skills: ['pédagogie financière', 'gestion des réclamations'] };

/** Every table of the letters schema that holds a user's rows or text. */
const TABLES = ['letters.letters', 'letters.letter_versions', 'letters.analyses', 'letters.monthly_usage', 'letters.cross_app_consents'] as const;

/** Rows of each table that belong to the user, directly or through these letters of theirs. */
async function rowsHolding(userId: string, letterIds: readonly string[] = []): Promise<number[]> {
  const [row] = await queryRows<Record<string, number>>(
    harness.database.db,
    sql`select
      (select count(*)::int from letters.letters where user_id = ${userId}) as letters,
      (select count(*)::int from letters.letter_versions where letter_id in (select id from letters.letters where user_id = ${userId}) or letter_id::text = any(${`{${letterIds.join(',')}}`}::text[])) as versions,
      (select count(*)::int from letters.analyses where user_id = ${userId}) as analyses,
      (select count(*)::int from letters.monthly_usage where user_id = ${userId}) as usage,
      (select count(*)::int from letters.cross_app_consents where user_id = ${userId}) as consents`,
  );
  return [row?.letters ?? -1, row?.versions ?? -1, row?.analyses ?? -1, row?.usage ?? -1, row?.consents ?? -1];
}

/** What the letters erasure consumer recorded for a `user.deleted` event. */
async function erasureReport(eventId: string): Promise<ErasedRows | undefined> {
  const rows = await queryRows<{ rows: ErasedRows }>(harness.database.db, sql`select rows from events.erasure_reports where event_id = ${eventId} and subgraph = 'letters'`);
  return rows[0]?.rows;
}

async function consent(userId: string, granted: boolean, occurredAt: Date): Promise<void> {
  await harness.publishEvent({ type: 'user.consent_changed', occurredAt, payload: { userId, purpose: 'cross_app_context', granted, changedBy: userId } });
}

async function generate(principal: ReturnType<typeof userPrincipal>): Promise<GeneratedLetter> {
  const { data, errors } = await harness.letters.execute<{ generateLetter: GeneratedLetter }>(GENERATE, { input: letterInput({ aubeContext: AUBE }) }, principal);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no letter');
  return data.generateLetter;
}

describe('Aube context and the cross_app_context consent', () => {
  it('ignores the Aube analysis of a user who never consented', async () => {
    const letter = await generate(userPrincipal('PREMIUM'));
    expect(letter.grounding.usesAubeAnalysis).toBe(false);
    expect(letter.text).not.toContain('pédagogie financière');
  });

  it('uses the Aube analysis once the user consented: its skills join the « me » paragraph', async () => {
    const user = userPrincipal('PREMIUM');
    await consent(user.userId, true, new Date('2026-05-01T08:00:00Z'));
    await harness.consumeUserEvents();
    const letter = await generate(user);
    expect(letter.grounding.usesAubeAnalysis).toBe(true);
    const me = letter.sections.body[letter.sections.body.length - 2];
    expect(me).toContain('mon métier de conseiller clientèle bancaire a confirmé des atouts que je mettrai directement à votre service : pédagogie financière et gestion des réclamations.');
    expect(letter.sections.closing).toMatch(/salutations/);
    expect(letter.text).not.toContain('64');
  });

  it('stops using it after a withdrawal, even when an older grant is replayed afterwards', async () => {
    const user = userPrincipal('PREMIUM');
    await consent(user.userId, true, new Date('2026-05-01T08:00:00Z'));
    await consent(user.userId, false, new Date('2026-05-02T08:00:00Z'));
    await harness.consumeUserEvents();
    await consent(user.userId, true, new Date('2026-04-01T08:00:00Z'));
    await harness.consumeUserEvents();
    expect((await generate(user)).grounding.usesAubeAnalysis).toBe(false);
  });
});

describe('account erasure', () => {
  it('deletes a deleted user’s letters, versions, analyses, usage and consent, nobody else’s, and reports the rows', async () => {
    const leaving = userPrincipal('PREMIUM');
    const staying = userPrincipal('PREMIUM');
    await consent(leaving.userId, true, new Date());
    await consent(staying.userId, true, new Date());
    await harness.consumeUserEvents();
    const letter = await generate(leaving);
    await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id: letter.id, text: `${letter.text}\n\nPost-scriptum : disponible dès le 1er juin.` }, leaving);
    await harness.letters.execute('mutation ($id: ID!) { coachLetter(letterId: $id) { id } }', { id: letter.id }, leaving);
    await generate(staying);
    const before = await Promise.all(TABLES.map((table) => count(harness.database, table)));

    const event = await harness.publishEvent({ type: 'user.deleted', payload: { userId: leaving.userId, requestedBy: 'user' } });
    await harness.consumeErasures();

    const after = await Promise.all(TABLES.map((table) => count(harness.database, table)));
    expect(before.map((n, i) => n - (after[i] ?? 0))).toEqual([1, 2, 1, 1, 1]);
    expect(await rowsHolding(leaving.userId, [letter.id])).toEqual(TABLES.map(() => 0));
    expect(await erasureReport(event.eventId)).toEqual({
      'letters.letters': 1,
      'letters.letter_versions': 2,
      'letters.analyses': 1,
      'letters.monthly_usage': 1,
      'letters.cross_app_consents': 1,
    });
    const gone = await harness.letters.execute('query ($id: ID!) { letter(id: $id) { id } }', { id: letter.id }, leaving);
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('reports zeros and changes nothing when the same erasure is delivered again', async () => {
    const user = userPrincipal('PREMIUM');
    const letter = await generate(user);
    const event = await harness.publishEvent({ type: 'user.deleted', payload: { userId: user.userId, requestedBy: 'admin' } });
    const again = await harness.publishEvent({ type: 'user.deleted', payload: { userId: user.userId, requestedBy: 'admin' } });
    await harness.consumeErasures();
    expect(await rowsHolding(user.userId, [letter.id])).toEqual(TABLES.map(() => 0));
    expect(Object.values((await erasureReport(event.eventId)) ?? {}).some((n) => n > 0)).toBe(true);
    expect(Object.values((await erasureReport(again.eventId)) ?? {})).toEqual(TABLES.map(() => 0));
  });

  it('does not bring an erased user’s consent back when the consent consumer reads their older decisions afterwards', async () => {
    const user = userPrincipal('PREMIUM');
    await consent(user.userId, true, new Date('2026-05-01T08:00:00Z'));
    await harness.publishEvent({ type: 'user.deleted', payload: { userId: user.userId, requestedBy: 'user' } });
    // The erasure consumer runs first; the consent consumer is behind and then meets the grant.
    await harness.consumeErasures();
    await harness.consumeUserEvents();
    expect(await rowsHolding(user.userId)).toEqual(TABLES.map(() => 0));
  });

  it('runs the consent projection and the erasure as two of the subgraph’s workers', () => {
    expect(harness.subgraph.workers).toEqual(expect.arrayContaining([harness.subgraph.users, harness.subgraph.erasure]));
    expect(harness.subgraph.users.name).toBe('letters.users');
    expect(harness.subgraph.erasure.name).toBe('letters.erasure');
  });
});
