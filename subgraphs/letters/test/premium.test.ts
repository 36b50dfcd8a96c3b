import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ATS_LETTER, STRONG_LETTER, WEAK_LETTER } from './fixtures/letters.js';
import { OFFER_BANQUE, OFFER_ENTREPOT, OFFER_STARTUP } from './fixtures/offers.js';
import { count, GENERATE, letterInput, startLetters, userPrincipal, type LettersHarness } from './support.js';

let harness: LettersHarness;
const premium = userPrincipal('PREMIUM');
const free = userPrincipal('FREE');

beforeAll(async () => {
  harness = await startLetters();
});

afterAll(async () => {
  await harness.close();
});

const ATS = `mutation ($input: AnalyzeAtsInput!) { analyzeAts(input: $input) {
  id letterId letterVersion score keywords matchedKeywords missingKeywords wordCount lengthBand actionVerbs quantifiedResults
  factors { name score weight contribution detail } formattingProblems { kind line excerpt } } }`;
type Ats = { analyzeAts: { id: string; letterId: string | null; letterVersion: number | null; score: number; matchedKeywords: string[]; missingKeywords: string[]; factors: { name: string; contribution: number }[] } };

const MIRROR = `mutation ($input: MirrorMatchInput!) { mirrorMatch(input: $input) {
  id company communicationStyle workEnvironment leadershipStyle innovationLevel confidence recommendedTone explanation signals { dimension value cue } } }`;
type Culture = { mirrorMatch: { id: string; communicationStyle: string; workEnvironment: string; leadershipStyle: string; innovationLevel: string; confidence: number; recommendedTone: string; signals: { cue: string }[] } };

const COACH = `mutation ($id: ID!) { coachLetter(letterId: $id) { id letterId letterVersion score clarity impact personalisation professionalTone
  factors { name weight } suggestions { kind sentenceIndex sentence excerpt message } } }`;
type Coach = { coachLetter: { score: number; letterVersion: number; factors: { name: string; weight: number }[]; suggestions: { kind: string; sentenceIndex: number | null; sentence: string | null }[] } };

async function letterWithText(text: string, input = letterInput({ offerText: OFFER_ENTREPOT, jobTitle: "Responsable d'entrepôt", company: 'Maison Verdier' })): Promise<string> {
  const created = await harness.letters.execute<{ generateLetter: { id: string } }>(GENERATE, { input }, premium);
  const id = created.data?.generateLetter.id ?? '';
  await harness.letters.execute('mutation ($id: ID!, $text: String!) { editLetter(id: $id, text: $text) { id } }', { id, text }, premium);
  return id;
}

describe('ATS analysis', () => {
  it('scores a pasted letter against an offer and raises the score when a missing keyword is added', async () => {
    const before = await harness.letters.execute<Ats>(ATS, { input: { text: ATS_LETTER, offerText: OFFER_ENTREPOT, company: 'Maison Verdier' } }, premium);
    const analysis = before.data?.analyzeAts;
    expect(analysis?.missingKeywords).toContain('inventaires');
    expect(analysis?.factors.map((f) => f.name)).toEqual(['keywords', 'length', 'actionVerbs', 'quantifiedResults', 'formatting']);
    const improved = ATS_LETTER.replace('La fiabilité des stocks reste ma priorité', 'La fiabilité des stocks et des inventaires reste ma priorité');
    const after = await harness.letters.execute<Ats>(ATS, { input: { text: improved, offerText: OFFER_ENTREPOT, company: 'Maison Verdier' } }, premium);
    expect(after.data?.analyzeAts.matchedKeywords).toContain('inventaires');
    expect(after.data?.analyzeAts.score).toBeGreaterThan(analysis?.score ?? 100);
  });

  it('analyses a stored letter against its own offer, keeps the analysis on the letter and publishes letters.ats_analyzed', async () => {
    const id = await letterWithText(ATS_LETTER);
    const { data } = await harness.letters.execute<Ats>(ATS, { input: { letterId: id } }, premium);
    expect(data?.analyzeAts).toMatchObject({ letterId: id, letterVersion: 2 });
    const latest = await harness.letters.execute<{ letter: { latestAtsAnalysis: { id: string; score: number } } }>('query ($id: ID!) { letter(id: $id) { latestAtsAnalysis { id score } } }', { id }, premium);
    expect(latest.data?.letter.latestAtsAnalysis).toEqual({ id: data?.analyzeAts.id, score: data?.analyzeAts.score });
    const [event] = (await harness.events('letters.ats_analyzed')).filter((e) => e.payload.analysisId === data?.analyzeAts.id);
    expect(event?.payload).toEqual({
      userId: premium.userId,
      analysisId: data?.analyzeAts.id,
      letterId: id,
      score: data?.analyzeAts.score,
      matchedKeywords: data?.analyzeAts.matchedKeywords.length,
      missingKeywords: data?.analyzeAts.missingKeywords.length,
    });
  });

  it('wants exactly one of letterId and text, and an offer with text', async () => {
    const cases = [
      [{ offerText: OFFER_ENTREPOT }, 'letterId'],
      [{ text: ATS_LETTER }, 'offerText'],
      [{ text: 'court', offerText: OFFER_ENTREPOT }, 'text'],
      [{ text: ATS_LETTER, offerText: 'court' }, 'offerText'],
    ] as const;
    for (const [input, field] of cases) {
      const response = await harness.letters.execute(ATS, { input }, premium);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('Mirror Match', () => {
  it('reads a start-up’s offer differently from a bank’s', async () => {
    const bank = (await harness.letters.execute<Culture>(MIRROR, { input: { offerText: OFFER_BANQUE, company: 'Banque Delorme & Associés' } }, premium)).data?.mirrorMatch;
    const startup = (await harness.letters.execute<Culture>(MIRROR, { input: { offerText: OFFER_STARTUP, company: 'Kumo' } }, premium)).data?.mirrorMatch;
    expect(bank).toMatchObject({ communicationStyle: 'FORMAL', workEnvironment: 'STRUCTURED', leadershipStyle: 'HIERARCHICAL', innovationLevel: 'LOW', recommendedTone: 'FORMEL' });
    expect(startup).toMatchObject({ communicationStyle: 'CASUAL', workEnvironment: 'FAST_PACED', leadershipStyle: 'FLAT', innovationLevel: 'HIGH', recommendedTone: 'STARTUP' });
    expect(bank?.signals.map((s) => s.cue)).toEqual(expect.arrayContaining(['Nous vous prions', 'sous la responsabilité d']));
    expect(startup?.signals.map((s) => s.cue)).toEqual(expect.arrayContaining(['hypercroissance', 'ownership']));
    expect(bank?.confidence).toBeGreaterThan(0.5);
    const events = await harness.events('letters.mirror_matched');
    expect(events.map((e) => e.payload.recommendedTone)).toEqual(expect.arrayContaining(['formel', 'startup']));
  });
});

describe('Coach', () => {
  it('flags generic phrases and passive voice in a weak letter, pointing at their sentences', async () => {
    const id = await letterWithText(WEAK_LETTER);
    const { data } = await harness.letters.execute<Coach>(COACH, { id }, premium);
    const kinds = new Set(data?.coachLetter.suggestions.map((s) => s.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['GENERIC_PHRASE', 'PASSIVE_VOICE', 'WEAK_VERB']));
    const passive = data?.coachLetter.suggestions.find((s) => s.kind === 'PASSIVE_VOICE');
    expect(passive?.sentence).toContain('ont été réalisés');
    expect(passive?.sentenceIndex).toEqual(expect.any(Number));
    expect(data?.coachLetter.factors).toEqual([
      { name: 'clarity', weight: 0.25 },
      { name: 'impact', weight: 0.3 },
      { name: 'personalisation', weight: 0.25 },
      { name: 'professionalTone', weight: 0.2 },
    ]);
  });

  it('flags neither in a strong letter, and scores it higher', async () => {
    const weak = (await harness.letters.execute<Coach>(COACH, { id: await letterWithText(WEAK_LETTER) }, premium)).data?.coachLetter;
    const strong = (await harness.letters.execute<Coach>(COACH, { id: await letterWithText(STRONG_LETTER) }, premium)).data?.coachLetter;
    const kinds = strong?.suggestions.map((s) => s.kind);
    expect(kinds).not.toContain('GENERIC_PHRASE');
    expect(kinds).not.toContain('PASSIVE_VOICE');
    expect(strong?.score).toBeGreaterThan((weak?.score ?? 100) + 20);
    expect(strong?.letterVersion).toBe(2);
  });

  it('publishes letters.coached with the score and the number of suggestions', async () => {
    const id = await letterWithText(WEAK_LETTER);
    const { data } = await harness.letters.execute<Coach>(COACH, { id }, premium);
    const [event] = (await harness.events('letters.coached')).filter((e) => e.payload.letterId === id);
    expect(event?.payload).toEqual({ userId: premium.userId, letterId: id, score: data?.coachLetter.score, suggestionCount: data?.coachLetter.suggestions.length });
  });
});

describe('premium features', () => {
  it('refuses ATS, Mirror Match, Coach and the stored analyses to a FREE user, and stores nothing', async () => {
    const created = await harness.letters.execute<{ generateLetter: { id: string } }>(GENERATE, { input: letterInput() }, free);
    const id = created.data?.generateLetter.id ?? '';
    const before = await count(harness.database, 'letters.analyses');
    const responses = [
      await harness.letters.execute(ATS, { input: { letterId: id } }, free),
      await harness.letters.execute(MIRROR, { input: { offerText: OFFER_BANQUE, company: 'Banque Delorme & Associés' } }, free),
      await harness.letters.execute(COACH, { id }, free),
      await harness.letters.execute('query ($id: ID!) { letter(id: $id) { latestCoachFeedback { score } } }', { id }, free),
    ];
    for (const response of responses) expect(response.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await count(harness.database, 'letters.analyses')).toBe(before);
  });

  it('refuses to analyse or coach another user’s letter', async () => {
    const created = await harness.letters.execute<{ generateLetter: { id: string } }>(GENERATE, { input: letterInput() }, free);
    const id = created.data?.generateLetter.id ?? '';
    const other = userPrincipal('PREMIUM_PLUS');
    expect((await harness.letters.execute(COACH, { id }, other)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await harness.letters.execute(ATS, { input: { letterId: id } }, other)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
