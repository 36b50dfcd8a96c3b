import { describe, expect, it } from '@jest/globals';
import { coverage, matchingSkills, offerKeywords } from '../../src/domain/keywords.js';
import { CV_ANIMATRICE, CV_COMPTABLE_RECONVERSION, CV_LOGISTIQUE } from '../fixtures/cvs.js';
import { OFFER_ASSOCIATION, OFFER_DATA, OFFER_ENTREPOT, OFFER_STARTUP } from '../fixtures/offers.js';

describe('offer keywords', () => {
  it('keeps the skills and tools of an offer, acronyms in capitals', () => {
    const words = offerKeywords(OFFER_ENTREPOT, { company: 'Maison Verdier' }).map((k) => k.word);
    expect(words).toEqual(expect.arrayContaining(['entrepôt', 'WMS', 'inventaires', 'CACES', 'caristes']));
    expect(words).toHaveLength(15);
  });

  it('leaves out the company, the town of the title line and grammatical words', () => {
    const entrepot = offerKeywords(OFFER_ENTREPOT, { company: 'Maison Verdier' }).map((k) => k.word);
    expect(entrepot).not.toContain('maison');
    expect(entrepot).not.toContain('lesquin');
    const startup = offerKeywords(OFFER_STARTUP, { company: 'Kumo' }).map((k) => k.word);
    expect(startup).not.toContain('kumo');
    expect(startup).not.toContain('lyon');
    expect(startup).not.toContain('dès');
    expect(offerKeywords(OFFER_DATA, { company: 'Optimark' }).map((k) => k.word)).not.toContain('clermont-ferrand');
  });

  it('reads inclusive writing as one word: « Coordinateur·rice » gives no stray « rice »', () => {
    expect(offerKeywords(OFFER_ASSOCIATION).map((k) => k.word)).not.toContain('rice');
  });

  it('finds the person’s skills that match the offer, in three sectors', () => {
    expect(matchingSkills(CV_LOGISTIQUE, OFFER_ENTREPOT, 'Maison Verdier').map((k) => k.word)).toEqual(expect.arrayContaining(['WMS', 'inventaires', 'caristes']));
    expect(matchingSkills(CV_COMPTABLE_RECONVERSION, OFFER_DATA, 'Optimark').map((k) => k.word)).toEqual(expect.arrayContaining(['SQL', 'ERP']));
    expect(matchingSkills(CV_ANIMATRICE, OFFER_ASSOCIATION, 'Les Ateliers du Lien').map((k) => k.word)).toEqual(expect.arrayContaining(['bénévoles', 'subvention', 'partenariats']));
  });

  it('splits keywords into those a text uses (any inflection) and those it lacks', () => {
    const keywords = offerKeywords(OFFER_ENTREPOT, { company: 'Maison Verdier' });
    const { matched, missing } = coverage('J’ai organisé l’inventaire annuel et encadré un préparateur.', keywords);
    expect(matched.map((k) => k.word)).toEqual(expect.arrayContaining(['inventaires', 'préparateurs']));
    expect(missing.map((k) => k.word)).toContain('WMS');
    expect(matched.length + missing.length).toBe(keywords.length);
  });
});
