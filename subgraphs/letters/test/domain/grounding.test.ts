import { describe, expect, it } from '@jest/globals';
import { aubeSentence, withAubeContext } from '../../src/domain/aube.js';
import { letterGrounding } from '../../src/domain/grounding.js';
import { CV_LOGISTIQUE } from '../fixtures/cvs.js';
import { STRONG_LETTER, WEAK_LETTER } from '../fixtures/letters.js';
import { OFFER_ENTREPOT } from '../fixtures/offers.js';

const input = { cvText: CV_LOGISTIQUE, offerText: OFFER_ENTREPOT, jobTitle: "Responsable d'entrepôt", company: 'Maison Verdier' };

describe('letter grounding', () => {
  it('checks any text against its inputs: a grounded letter names the company, the post and matching skills', () => {
    const grounding = letterGrounding(STRONG_LETTER, input, false);
    expect(grounding).toMatchObject({ namesCompany: true, namesJobTitle: true, mentionsCareerChange: null, usesAubeAnalysis: false });
    expect(grounding.namedSkills).toEqual(expect.arrayContaining(['WMS', 'inventaires', 'caristes']));
  });

  it('shows what a generic letter misses', () => {
    const grounding = letterGrounding(WEAK_LETTER, { ...input, careerChange: { newDomain: 'la logistique' } }, false);
    expect(grounding).toMatchObject({ namesCompany: false, namesJobTitle: false, mentionsCareerChange: false });
    expect(grounding.namedSkills.length).toBeLessThan(grounding.matchingSkills.length);
  });
});

describe('Aube context in a letter', () => {
  const aube = { occupationTitle: 'Chef d’équipe logistique', skills: ['gestion des stocks', 'pédagogie', 'négociation fournisseurs'] };

  it('adds the skills the letter does not name yet to the « me » paragraph', () => {
    const { text, used } = withAubeContext(STRONG_LETTER, aube);
    expect(used).toBe(true);
    expect(text).toContain('mon métier de chef d’équipe logistique a confirmé des atouts que je mettrai directement à votre service : pédagogie et négociation fournisseurs.');
    expect(text.split('\n\n')).toHaveLength(STRONG_LETTER.trim().split('\n\n').length);
  });

  it('leaves the letter alone when the analysis adds nothing new', () => {
    expect(aubeSentence(STRONG_LETTER, { occupationTitle: 'Chef d’équipe', skills: ['inventaires', 'WMS'] })).toBeUndefined();
    expect(withAubeContext(STRONG_LETTER, { occupationTitle: 'Chef d’équipe' })).toEqual({ text: STRONG_LETTER, used: false });
  });
});
