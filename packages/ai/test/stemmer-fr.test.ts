import { describe, expect, it } from '@jest/globals';
import { stem, words } from '../src/index.js';
import { documentFrequencies, inverseDocumentFrequency } from '../src/text/corpus.js';

// Stems given by natural 8.1.1's PorterStemmerFr, which our port replaces: stored analyses and
// keyword matching rely on them. The first ones are where the Snowball stemmer would differ.
const NATURAL_STEMS: Readonly<Record<string, string>> = {
  compétitivité: 'compétitiv',
  collectivités: 'collectiv',
  cicatrices: 'ciqu',
  glissement: 'gliss',
  balais: 'bal',
  bijoux: 'bijoux',
  canoë: 'canoë',
  développeurs: 'développeur',
  continuellement: 'continuel',
  majestueusement: 'majestu',
  impératrice: 'imper',
  constitutionnelles: 'constitutionnel',
  chevaux: 'cheval',
  nationalités: 'national',
  payer: 'pai',
  aiguë: 'aigu',
  indications: 'indiqu',
  publicité: 'publiqu',
  habilité: 'habl',
  vendeuses: 'vendeux',
  heureusement: 'heureux',
  fièrement: 'fier',
  évidemment: 'évident',
  puissamment: 'puiss',
  finissaient: 'fin',
  mangeassions: 'mangeass',
  Comptabilité: 'comptabl',
  quartier: 'quarti',
  ennemies: 'ennem',
  tranquillement: 'tranquill',
  y: 'y',
};

describe('French Porter stemmer', () => {
  it('gives the stems of natural’s PorterStemmerFr', () => {
    const stems = Object.fromEntries(Object.keys(NATURAL_STEMS).map((word) => [word, stem(word)]));
    expect(stems).toEqual(NATURAL_STEMS);
  });

  it('gives an empty stem for an empty word', () => {
    expect(stem('')).toBe('');
  });
});

describe('French word split', () => {
  it('splits on anything but French letters, digits and hyphens, as natural’s AggressiveTokenizerFr', () => {
    const text = "Chef·fe d'équipe — œuvre, Straße, naïf, ÿ, coût 12,5 € ; CDI/CDD, 2-3 ans, -mi-temps-, BTS\u00a0SIO";
    expect(words(text)).toEqual(['chef', 'fe', 'd', 'équipe', 'œuvre', 'stra', 'e', 'naïf', 'coût', 'cdi', 'cdd', 'ans', 'mi-temps', 'bts', 'sio']);
  });
});

describe('inverse document frequency', () => {
  it('counts a stem once per document that has it', () => {
    expect(documentFrequencies([['paie', 'paie', 'dsn'], ['paie'], []])).toEqual(new Map([['paie', 2], ['dsn', 1]]));
  });

  it('is 1 + ln(N / (1 + df)), highest for a stem no document has', () => {
    expect(inverseDocumentFrequency(66, 0)).toBeCloseTo(1 + Math.log(66), 12);
    expect(inverseDocumentFrequency(66, 10)).toBeCloseTo(1 + Math.log(6), 12);
    expect(inverseDocumentFrequency(66, 0)).toBeGreaterThan(inverseDocumentFrequency(66, 1));
  });
});
