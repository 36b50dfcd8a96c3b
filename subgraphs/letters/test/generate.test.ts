import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CV_COMPTABLE_RECONVERSION, CV_LOGISTIQUE } from './fixtures/cvs.js';
import { OFFER_DATA, OFFER_ENTREPOT, OFFER_STARTUP } from './fixtures/offers.js';
import { GENERATE, letterInput, startLetters, userPrincipal, type GeneratedLetter, type LettersHarness } from './support.js';

let harness: LettersHarness;
const premium = userPrincipal('PREMIUM');

beforeAll(async () => {
  harness = await startLetters();
});

afterAll(async () => {
  await harness.close();
});

async function generate(input: Record<string, unknown>, principal = premium): Promise<GeneratedLetter> {
  const { data, errors } = await harness.letters.execute<{ generateLetter: GeneratedLetter }>(GENERATE, { input }, principal);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.generateLetter;
}

describe('generateLetter', () => {
  it('writes a French letter with a subject, a greeting, a hook, a you/me/us body and a closing formula', async () => {
    const letter = await generate(letterInput());
    expect(letter.sections.subject).toContain('Chargée de conformité LCB-FT');
    expect(letter.sections.greeting).toBe('Madame, Monsieur,');
    expect(letter.sections.hook).toContain('Banque Delorme & Associés');
    expect(letter.sections.body.length).toBeGreaterThanOrEqual(3);
    expect(letter.sections.closing).toMatch(/salutations distinguées/);
    expect(letter.tone).toBe('FORMEL');
    expect(letter.currentVersion).toBe(1);
    expect(letter.completionId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the company, the post and at least two of the person’s skills that match the offer', async () => {
    const letter = await generate(letterInput());
    expect(letter.grounding).toMatchObject({ namesCompany: true, namesJobTitle: true, mentionsCareerChange: null, usesAubeAnalysis: false });
    expect(letter.grounding.namedSkills.length).toBeGreaterThanOrEqual(2);
    for (const skill of letter.grounding.namedSkills) expect(letter.grounding.matchingSkills).toContain(skill);
    expect(letter.grounding.matchingSkills).toEqual(expect.arrayContaining(['conformité', 'blanchiment']));
  });

  it('writes a different letter for a different offer, naming the skills that match that offer', async () => {
    const bank = await generate(letterInput());
    const startup = await generate(letterInput({ offerText: OFFER_STARTUP, jobTitle: 'Customer Success Manager', company: 'Kumo', tone: 'STARTUP' }));
    expect(startup.text).not.toBe(bank.text);
    expect(startup.text).toContain('Kumo');
    expect(startup.grounding.namedSkills.length).toBeGreaterThanOrEqual(2);
    expect(startup.grounding.namedSkills).toEqual(expect.arrayContaining(['clients', 'satisfaction']));
    expect(startup.grounding.namedSkills).not.toContain('blanchiment');
    expect(startup.sections.greeting).toBe('Bonjour l’équipe Kumo,');
  });

  it('grounds letters in other sectors too: a warehouse manager’s letter names WMS and the warehouse', async () => {
    const letter = await generate(letterInput({ cvText: CV_LOGISTIQUE, offerText: OFFER_ENTREPOT, jobTitle: "Responsable d'entrepôt", company: 'Maison Verdier' }));
    expect(letter.grounding.namesCompany).toBe(true);
    expect(letter.grounding.namedSkills).toEqual(expect.arrayContaining(['WMS', 'entrepôt']));
  });

  it('tells the career change when there is one', async () => {
    const letter = await generate(
      letterInput({
        cvText: CV_COMPTABLE_RECONVERSION,
        offerText: OFFER_DATA,
        jobTitle: 'Data Analyst junior',
        company: 'Optimark',
        tone: 'DYNAMIQUE',
        careerChange: { previousDomain: 'la comptabilité', newDomain: 'l’analyse de données', transferableSkills: ['la fiabilisation des données', 'Excel'], yearsOfExperience: 15 },
      }),
    );
    expect(letter.text).toContain('Après 15 ans dans la comptabilité');
    expect(letter.grounding.mentionsCareerChange).toBe(true);
    expect(letter.grounding.namedSkills.length).toBeGreaterThanOrEqual(2);
  });

  it('publishes letters.letter_generated and ai.completion_recorded without any letter or CV text', async () => {
    const letter = await generate(letterInput());
    const [generated] = (await harness.events('letters.letter_generated')).filter((event) => event.payload.letterId === letter.id);
    expect(generated?.payload).toEqual({ userId: premium.userId, letterId: letter.id, tone: 'formel', careerChange: false, wordCount: letter.wordCount, completionId: letter.completionId });
    const completions = (await harness.events('ai.completion_recorded')).filter((event) => event.payload.completionId === letter.completionId);
    expect(completions).toHaveLength(1);
    expect(completions[0]?.payload).toMatchObject({ task: 'letters.generate', provider: 'local', tier: 'PREMIUM' });
    const everything = JSON.stringify([generated, completions, harness.logs]);
    for (const secret of ['Sophie Marchand', 'Villeurbanne', 'Détection et signalement']) expect(everything).not.toContain(secret);
  });

  it('takes its facts only from the CV and offer it was given', async () => {
    const bank = await generate(letterInput());
    expect(bank.text).not.toMatch(/WMS|caristes/);
    const logistics = await generate(letterInput({ cvText: CV_LOGISTIQUE, offerText: OFFER_ENTREPOT, jobTitle: "Responsable d'entrepôt", company: 'Maison Verdier' }));
    expect(logistics.text).not.toMatch(/blanchiment|KYC/);
  });
});
