import { describe, expect, it } from '@jest/globals';
import { actionVerbs, formattingProblems, isQuantified, quantifiedResults } from '../../src/domain/signals.js';

describe('action verbs', () => {
  it('finds the distinct action verbs of a text as it writes them, « mis en place » included', () => {
    expect(actionVerbs("J'ai piloté les inventaires, réduit les erreurs de 35 % et mis en place la double vérification. J'ai encore piloté l'équipe.")).toEqual(['piloté', 'réduit', 'mis en place']);
  });

  it('ignores the nouns of those verbs', () => {
    expect(actionVerbs('Pilotage des flux, encadrement des équipes, réduction des coûts.')).toEqual([]);
  });
});

describe('quantified results', () => {
  it.each([
    ['Réduction de 35 % des erreurs de préparation.', true],
    ['Pilotage de 22 000 références.', true],
    ['Six heures gagnées : 6 heures par mois.', true],
    ['Budget de 40 000 € obtenu.', true],
    ['Encadrement de 14 préparateurs.', true],
    ['Productivité multipliée par x2.', true],
    ["11 ans d'expérience en entrepôt.", false],
    ['Aucun accident depuis 2021.', false],
    ['CACES 1, 3 et 5.', false],
  ])('« %s » states a measured result: %s', (sentence, expected) => {
    expect(isQuantified(sentence)).toBe(expected);
  });

  it('lists the sentences of a text that state one', () => {
    expect(quantifiedResults('Chef d’équipe depuis 2016. J’ai réduit les erreurs de 35 %. J’aime mon métier.')).toEqual(['J’ai réduit les erreurs de 35 %.']);
  });
});

describe('formatting problems', () => {
  it('reports tables, columns, special glyphs and page footers with their first line', () => {
    const text = ['Expérience | Poste | Dates', 'Nordis   Chef d’équipe   2016', 'Delattre   Cariste   2013', '★ Pilotage des inventaires 🚀', 'Page 1/2'].join('\n');
    expect(formattingProblems(text)).toEqual([
      { kind: 'TABLE', line: 1, excerpt: 'Expérience | Poste | Dates' },
      { kind: 'COLUMNS', line: 2, excerpt: 'Nordis Chef d’équipe 2016' },
      { kind: 'SPECIAL_GLYPHS', line: 4, excerpt: '★ Pilotage des inventaires 🚀' },
      { kind: 'HEADER_FOOTER', line: 5, excerpt: 'Page 1/2' },
    ]);
  });

  it('finds nothing wrong in plain paragraphs, French punctuation included', () => {
    expect(formattingProblems('Madame, Monsieur,\n\nJ’ai piloté « l’inventaire » : 22 000 références ; résultat – 35 % d’erreurs.\n\nCordialement,')).toEqual([]);
  });
});
