import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { count, GENERATE, letterInput, startLetters, userPrincipal, type GeneratedLetter, type LettersHarness } from './support.js';

let harness: LettersHarness;

beforeAll(async () => {
  harness = await startLetters();
});

afterAll(async () => {
  await harness.close();
});

const AUBE = { occupationCode: 'C1201', occupationTitle: 'Conseiller clientèle bancaire', resilienceScore: 64, skills: ['pédagogie financière', 'gestion des réclamations'] };

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
  it('deletes a deleted user’s letters, versions, analyses, usage and consent, and nobody else’s', async () => {
    const leaving = userPrincipal('PREMIUM');
    const staying = userPrincipal('PREMIUM');
    await consent(leaving.userId, true, new Date());
    await harness.consumeUserEvents();
    const letter = await generate(leaving);
    await harness.letters.execute('mutation ($id: ID!) { coachLetter(letterId: $id) { id } }', { id: letter.id }, leaving);
    await generate(staying);
    const tables = ['letters.letters', 'letters.letter_versions', 'letters.analyses', 'letters.monthly_usage', 'letters.cross_app_consents'];
    const before = await Promise.all(tables.map((table) => count(harness.database, table)));

    await harness.publishEvent({ type: 'user.deleted', payload: { userId: leaving.userId, requestedBy: 'user' } });
    await harness.consumeUserEvents();
    await harness.consumeUserEvents();

    const after = await Promise.all(tables.map((table) => count(harness.database, table)));
    expect(before.map((n, i) => n - (after[i] ?? 0))).toEqual([1, 1, 1, 1, 1]);
    const gone = await harness.letters.execute('query ($id: ID!) { letter(id: $id) { id } }', { id: letter.id }, leaving);
    expect(gone.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('runs the consumer as one of the subgraph’s workers', () => {
    expect(harness.subgraph.workers).toContain(harness.subgraph.users);
    expect(harness.subgraph.users.name).toBe('letters.users');
  });
});
