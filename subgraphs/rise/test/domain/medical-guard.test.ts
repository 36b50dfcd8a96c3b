import { describe, expect, it } from '@jest/globals';
import { composeLocally, type CoachingInput } from '@phoenix/ai';
import { guardCoachReply, medicalFindings, NO_MEDICAL_ADVICE, SAFE_REPLY } from '../../src/domain/medical-guard.js';

describe('medicalFindings', () => {
  it.each([
    ['Vous souffrez probablement d’une dépression.', 'diagnosis'],
    ['Vous êtes en burn-out, c’est évident.', 'diagnosis'],
    ['Vous semblez dépressif ces temps-ci.', 'diagnosis'],
    ['Ce sont des signes typiques d’un épisode dépressif.', 'diagnosis'],
    ['C’est sans doute un trouble anxieux.', 'diagnosis'],
    ['Mon diagnostic : un épuisement professionnel.', 'diagnosis'],
    ['You are showing signs of depression.', 'diagnosis'],
    ['Un anxiolytique léger pourrait vous aider à dormir.', 'medication'],
    ['Prenez 50 mg le soir.', 'medication'],
    ['Demandez du Xanax à votre pharmacien.', 'medication'],
    ['Arrêtez votre traitement si vous vous sentez mieux.', 'treatment_advice'],
    ['Augmentez la dose progressivement.', 'treatment_advice'],
    ['Respectez la posologie indiquée.', 'treatment_advice'],
  ])('flags « %s » as %s', (sentence, finding) => {
    expect(medicalFindings(sentence)).toContain(finding);
  });

  it.each([
    'Si cette fatigue dure, parlez-en à votre médecin traitant.',
    'Je ne suis pas un professionnel de santé.',
    'Essayez la respiration lente : inspirez cinq secondes, expirez cinq secondes.',
    'Le syndrome de l’imposteur touche beaucoup de personnes en reconversion.',
    'Vous traversez une période de doute, c’est normal.',
    'Dans vos notes, vous évoquez « fatigue » et « refus ».',
    'Choisissez une seule offre et surlignez ses trois mots-clés.',
  ])('lets « %s » through', (sentence) => {
    expect(medicalFindings(sentence)).toEqual([]);
  });
});

describe('guardCoachReply', () => {
  const fine = [
    'Bonjour,',
    'Humeur à 5/10 : une journée en demi-teinte. Votre objectif avance.',
    'Une seule action pour aujourd’hui : relire votre CV. Qu’est-ce qui vous semble le plus à votre portée ?',
  ].join('\n\n');

  it('returns a reply without medical content unchanged', () => {
    expect(guardCoachReply(fine)).toEqual({ text: fine, removed: 0, blocked: false, findings: [] });
  });

  it('removes the sentence that diagnoses, keeps the rest, and says why', () => {
    const reply = fine.replace('Votre objectif avance.', 'Vous faites sans doute une dépression. Votre objectif avance.');
    const guarded = guardCoachReply(reply);
    expect(guarded.removed).toBe(1);
    expect(guarded.blocked).toBe(false);
    expect(guarded.findings).toEqual(['diagnosis']);
    expect(guarded.text).not.toMatch(/dépression/);
    expect(guarded.text).toContain('Votre objectif avance.');
    expect(guarded.text).toContain('relire votre CV');
    expect(guarded.text.endsWith(NO_MEDICAL_ADVICE)).toBe(true);
  });

  it('replaces the whole reply when half of it or more is medical', () => {
    const guarded = guardCoachReply('Vous êtes en dépression. Prenez un antidépresseur. Courage.');
    expect(guarded).toMatchObject({ text: SAFE_REPLY, blocked: true, removed: 2 });
    expect(guarded.findings.sort()).toEqual(['diagnosis', 'medication']);
  });

  it('never touches what the local coach writes, at any mood, with worried notes', () => {
    const inputs: CoachingInput[] = [
      { mood: 1, confidence: 2, notes: 'Je suis épuisé, je dors mal et le stress ne me lâche pas.', trend: { burnoutRisk: 'high', confidenceChange30d: -5, moodAverage7d: 2.5 }, today: '2026-03-31' },
      { mood: 4, confidence: 4, notes: 'Mon arrêt maladie se termine, j’ai peur de reprendre.', trend: { burnoutRisk: 'moderate' }, today: '2026-03-31' },
      { mood: 8, confidence: 7, notes: 'Entretien demain pour un poste de data analyst !', goals: [{ title: 'Devenir data analyst', targetDate: '2026-06-30', progress: 0.5 }], today: '2026-03-31' },
    ];
    for (const input of inputs) {
      for (const variant of ['reflective', 'action-first']) {
        const reply = composeLocally({ task: 'rise.coach', input }, variant);
        expect(guardCoachReply(reply).removed).toBe(0);
      }
    }
  });
});
