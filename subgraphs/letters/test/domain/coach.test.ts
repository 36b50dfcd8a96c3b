import { describe, expect, it } from '@jest/globals';
import { coachLetter, COACH_WEIGHTS } from '../../src/domain/coach.js';
import { passiveVoice, repetitions } from '../../src/domain/coach-rules.js';
import { STRONG_LETTER, WEAK_LETTER } from '../fixtures/letters.js';
import { OFFER_ENTREPOT } from '../fixtures/offers.js';

const context = { company: 'Maison Verdier', jobTitle: "Responsable d'entrepôt", offerText: OFFER_ENTREPOT };
const kinds = (text: string) => coachLetter(text, context).suggestions.map((s) => s.kind);

describe('Coach', () => {
  it('flags generic phrases, passive voice and weak verbs in a weak letter', () => {
    expect(kinds(WEAK_LETTER)).toEqual(expect.arrayContaining(['GENERIC_PHRASE', 'PASSIVE_VOICE', 'WEAK_VERB', 'MISSING_ELEMENT']));
  });

  it('flags no generic phrase and no passive voice in a strong letter', () => {
    expect(kinds(STRONG_LETTER)).not.toContain('GENERIC_PHRASE');
    expect(kinds(STRONG_LETTER)).not.toContain('PASSIVE_VOICE');
  });

  it('points each suggestion at the sentence it is about', () => {
    const { suggestions } = coachLetter(WEAK_LETTER, context);
    const generic = suggestions.find((s) => s.excerpt === 'dynamique et motivé');
    expect(generic).toMatchObject({ kind: 'GENERIC_PHRASE', sentence: expect.stringContaining("Je suis quelqu'un de dynamique et motivé") });
    for (const s of suggestions.filter((x) => x.sentenceIndex !== null)) expect(s.sentence).toContain(s.excerpt ?? '');
  });

  it('weighs clarity, impact, personalisation and tone 0.25 / 0.30 / 0.25 / 0.20', () => {
    const result = coachLetter(STRONG_LETTER, context);
    expect(result.factors.map((f) => [f.name, f.weight])).toEqual([['clarity', 0.25], ['impact', 0.3], ['personalisation', 0.25], ['professionalTone', 0.2]]);
    const weighted = COACH_WEIGHTS.clarity * result.clarity + COACH_WEIGHTS.impact * result.impact + COACH_WEIGHTS.personalisation * result.personalisation + COACH_WEIGHTS.professionalTone * result.professionalTone;
    expect(result.score).toBe(Math.round(weighted));
  });

  it('scores the strong letter well above the weak one, on impact and personalisation above all', () => {
    const weak = coachLetter(WEAK_LETTER, context);
    const strong = coachLetter(STRONG_LETTER, context);
    expect(strong.score).toBeGreaterThan(weak.score + 20);
    expect(strong.impact).toBeGreaterThan(weak.impact);
    expect(strong.personalisation).toBeGreaterThan(weak.personalisation);
  });

  it('lowers the professional tone of a familiar letter without formulas', () => {
    const familiar = 'Salut !\n\nTrop cool votre annonce, je suis super chaud pour bosser chez Maison Verdier !!! Tu me rappelles ? 🚀';
    const result = coachLetter(familiar, context);
    expect(result.professionalTone).toBeLessThan(40);
    expect(result.suggestions.filter((s) => s.kind === 'MISSING_ELEMENT').map((s) => s.message)).toEqual(expect.arrayContaining([expect.stringContaining('formule de politesse')]));
  });

  it('suggests cutting a sentence of more than 35 words', () => {
    const long = `Madame, Monsieur,\n\n${'J’ai encadré des équipes de préparateurs et de caristes dans plusieurs entrepôts de la région, '.repeat(3)}avec de bons résultats.\n\nCordialement,`;
    expect(kinds(long)).toContain('LONG_SENTENCE');
  });
});

describe('coach rules', () => {
  it.each([
    ['Le projet a été réalisé par mon équipe.', 'a été réalisé'],
    ["J'ai été chargé de la conformité.", 'ai été chargé'],
    ["La sécurité est assurée par les chefs d'équipe.", 'est assurée'],
    ['Les stocks sont gérés quotidiennement.', 'sont gérés'],
  ])('finds the passive in « %s »', (sentence, found) => {
    expect(passiveVoice([sentence]).map((s) => s.excerpt)).toEqual([found]);
  });

  it.each(['Il est arrivé en 2020.', 'Ce poste est aussi une chance.', 'Votre démarche est unique.', 'La lettre est claire.', 'Je suis convaincue de mon choix.'])(
    'finds no passive in « %s »',
    (sentence) => {
      expect(passiveVoice([sentence])).toEqual([]);
    },
  );

  it('notices a word used three times and three sentences in a row that begin with « Je »', () => {
    const sentences = ['Je gère les stocks.', 'Je contrôle les stocks.', 'Je compte les stocks.', 'La direction me fait confiance.'];
    const found = repetitions(sentences, new Set());
    expect(found.map((s) => [s.excerpt, s.sentenceIndex])).toEqual([['stocks', 2], ['Je compte les stocks', 2]]);
  });

  it('expects the company’s name and the post to recur', () => {
    const sentences = ['Verdier recrute.', 'Verdier grandit.', 'Verdier innove.'];
    expect(repetitions(sentences, new Set(['verdier']))).toEqual([]);
  });
});
