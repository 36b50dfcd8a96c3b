import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lettersExportSchema } from '../src/export/schema.js';
import type { LettersSection } from '../src/export/letters-section.js';
import { ATS_LETTER, STRONG_LETTER } from './fixtures/letters.js';
import { OFFER_ENTREPOT } from './fixtures/offers.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';
import { GENERATE, letterInput, startLetters, userPrincipal, type LettersHarness } from './support.js';

let harness: LettersHarness;
const user = userPrincipal('PREMIUM');
let letterId = '';

const EXPORT = `query ($userId: ID!) { _entities(representations: [{ __typename: "DataExport", userId: $userId }]) { ... on DataExport { userId letters } } }`;
type Exported = { _entities: { userId: string; letters: LettersSection }[] };

// A user who used every part of letters: a letter edited once, ATS on it and on a pasted text, Mirror Match, Coach, consent.
beforeAll(async () => {
  harness = await startLetters();
  await harness.publishEvent({ type: 'user.consent_changed', occurredAt: new Date('2026-05-01T08:00:00Z'), payload: { userId: user.userId, purpose: 'cross_app_context', granted: true, changedBy: user.userId } });
  await harness.consumeUserEvents();
  const created = await harness.letters.execute<{ generateLetter: { id: string } }>(GENERATE, { input: letterInput({ candidateName: 'Camille Martin' }) }, user);
  letterId = created.data?.generateLetter.id ?? '';
  const mutations = [
    ['mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id: letterId, text: STRONG_LETTER }],
    ['mutation ($id: ID!) { analyzeAts(input: { letterId: $id }) { id } }', { id: letterId }],
    ['mutation ($text: String!, $offer: String!) { analyzeAts(input: { text: $text, offerText: $offer, company: "Maison Verdier" }) { id } }', { text: ATS_LETTER, offer: OFFER_ENTREPOT }],
    ['mutation ($offer: String!, $id: ID) { mirrorMatch(input: { offerText: $offer, company: "Maison Verdier", letterId: $id }) { id } }', { offer: OFFER_ENTREPOT, id: letterId }],
    ['mutation ($id: ID!) { coachLetter(letterId: $id) { id } }', { id: letterId }],
  ] as const;
  for (const [mutation, variables] of mutations) expect((await harness.letters.execute(mutation, variables, user)).errors).toBeUndefined();
  // Someone else's letter, which must not appear in the export.
  await harness.letters.execute(GENERATE, { input: letterInput({ company: 'Autre Entreprise' }) }, userPrincipal('PREMIUM'));
});

afterAll(async () => {
  await harness.close();
});

async function exportOf(userId: string, caller = user) {
  return harness.letters.execute<Exported>(EXPORT, { userId }, caller);
}

describe('DataExport.letters', () => {
  it('holds the user’s letters with every version’s text, the analyses, the usage and the consent, as its JSON Schema describes', async () => {
    const { data, errors } = await exportOf(user.userId);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.letters;
    if (!section) throw new Error('no letters section');

    expect(schemaProblems(lettersExportSchema, section)).toEqual([]);
    // The schema is closed at every level: a field it does not describe is an error.
    expect(schemaProblems(lettersExportSchema, { ...section, letters: section.letters.map((letter) => ({ ...letter, userId: user.userId })) })).not.toEqual([]);
    expect(section.letters.map((letter) => letter.id)).toEqual([letterId]);
    const [letter] = section.letters;
    expect(letter?.candidateName).toBe('Camille Martin');
    expect(letter?.versions.map((version) => [version.number, version.origin])).toEqual([[2, 'EDITED'], [1, 'GENERATED']]);
    expect(letter?.versions[0]?.text).toBe(STRONG_LETTER.trim());
    expect(letter?.versions[1]?.text).toContain('Banque Delorme');
    expect(section.analyses.ats.map((analysis) => analysis.letterId).sort()).toEqual([letterId, null].sort());
    expect(section.analyses.mirrorMatch.map((reading) => reading.company)).toEqual(['Maison Verdier']);
    expect(section.analyses.coach.map((coaching) => [coaching.letterId, coaching.letterVersion])).toEqual([[letterId, 2]]);
    expect(section.monthlyUsage.map((month) => month.lettersGenerated)).toEqual([1]);
    expect(section.crossAppContextConsent).toEqual({ granted: true, decidedAt: '2026-05-01T08:00:00.000Z' });
  });

  it('is an empty section for a user who never used letters, still valid against the schema', async () => {
    const newcomer = userPrincipal();
    const { data, errors } = await exportOf(newcomer.userId, newcomer);
    expect(errors).toBeUndefined();
    const section = data?._entities[0]?.letters;
    expect(schemaProblems(lettersExportSchema, section)).toEqual([]);
    expect(section).toEqual({ letters: [], analyses: { ats: [], mirrorMatch: [], coach: [] }, monthlyUsage: [], crossAppContextConsent: null });
  });

  it('refuses another user’s export with FORBIDDEN, even to an administrator', async () => {
    for (const caller of [userPrincipal('PREMIUM'), userPrincipal('PREMIUM', ['admin'])]) {
      const { data, errors } = await exportOf(user.userId, caller);
      expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(data ?? null)).not.toContain(letterId);
    }
  });
});
