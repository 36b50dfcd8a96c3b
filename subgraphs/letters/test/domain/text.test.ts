import { describe, expect, it } from '@jest/globals';
import { countWords, excerpt, findAll, fold, mentions, withoutInclusiveSuffixes } from '../../src/domain/text.js';

describe('French text helpers', () => {
  it('folds case, accents and apostrophes without moving any character', () => {
    const text = 'Rattaché(e) à l’Équipe';
    expect(fold(text)).toBe("rattache(e) a l'equipe");
    expect(fold(text)).toHaveLength(text.length);
  });

  it('reads matches found in the folded text back in the original spelling', () => {
    expect(findAll('Vous êtes rattaché au Directeur.', /rattache au directeur/g)).toEqual([{ index: 10, text: 'rattaché au Directeur' }]);
  });

  it('finds a company name whatever its case and accents', () => {
    expect(mentions('Je souhaite rejoindre la banque delorme.', 'Banque Delorme')).toBe(true);
    expect(mentions('Je souhaite rejoindre votre entreprise.', 'Banque Delorme')).toBe(false);
    expect(mentions('Un texte quelconque.', '   ')).toBe(false);
  });

  it('removes inclusive-writing suffixes so each word stems once', () => {
    expect(withoutInclusiveSuffixes('Coordinateur·rice, Chargé(e) de conformité, Rattaché.e au directeur')).toBe('Coordinateur, Chargé de conformité, Rattaché au directeur');
    expect(withoutInclusiveSuffixes('M. Dupont, etc. Fin.')).toBe('M. Dupont, etc. Fin.');
  });

  it('counts words as a word processor does, elisions included', () => {
    expect(countWords('J’ai piloté l’inventaire annuel : 22 000 références.')).toBe(7);
  });

  it('cuts long excerpts at a word boundary', () => {
    expect(excerpt('Une phrase beaucoup trop longue pour tenir dans un extrait de vingt caractères', 20)).toBe('Une phrase beaucoup…');
    expect(excerpt('  Courte   phrase  ')).toBe('Courte phrase');
  });
});
