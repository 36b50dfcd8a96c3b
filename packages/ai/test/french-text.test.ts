import { describe, expect, it } from '@jest/globals';
import { contentTerms, extractKeywords, isStopWord, parseCorpus, referenceCorpus, splitSentences, stem, words } from '../src/index.js';
import { fixture } from './support/fixtures.js';

describe('French text analysis', () => {
  it('splits words at elisions and punctuation and lower-cases them', () => {
    expect(words("L'équipe a livré 12 projets — c'était intense !")).toEqual(['l', 'équipe', 'a', 'livré', 'projets', 'c', 'était', 'intense']);
  });

  it('treats grammatical and job-offer filler words as stop words, not skills', () => {
    expect(['le', 'nous', 'afin', 'apprécié'].every(isStopWord)).toBe(true);
    expect(isStopWord('comptabilité')).toBe(false);
  });

  it('stems inflected French forms to the same root', () => {
    expect(stem('développeurs')).toBe(stem('développeur'));
    expect(stem('formations')).toBe(stem('formation'));
  });

  it('keeps only content words of three letters or more with their stems', () => {
    expect(contentTerms('Je gère la paie de 150 salariés.').map((t) => t.word)).toEqual(['gère', 'paie', 'salariés']);
  });

  it('splits a CV into its bullet lines and sentences without the bullet markers', () => {
    expect(splitSentences("- Gestion d'une équipe de 12 personnes.\n• Réduction des délais de 20 %. Pilotage des stocks")).toEqual([
      "Gestion d'une équipe de 12 personnes.",
      'Réduction des délais de 20 %.',
      'Pilotage des stocks',
    ]);
  });
});

describe('TF-IDF keywords against the reference corpus', () => {
  it('ships a corpus of real passages across every Iris topic', () => {
    const topics = new Set(referenceCorpus().passages.map((p) => p.topic));
    expect(referenceCorpus().passages.length).toBeGreaterThanOrEqual(50);
    for (const topic of ['reconversion', 'cv', 'lettre_motivation', 'entretien', 'strategie_carriere']) expect(topics.has(topic)).toBe(true);
  });

  it('parses the corpus format into titled passages under their topic', () => {
    const passages = parseCorpus('# commentaire\n# topic: cv\n## Un titre\nPremière ligne.\nSeconde ligne.\n\n## Autre\nTexte.');
    expect(passages).toEqual([
      { id: 'cv-1', topic: 'cv', title: 'Un titre', text: 'Première ligne. Seconde ligne.' },
      { id: 'cv-2', topic: 'cv', title: 'Autre', text: 'Texte.' },
    ]);
  });

  it('ranks the words specific to an offer above the words every offer uses', () => {
    const keywords = extractKeywords(fixture('offre-gestionnaire-paie.txt'), { limit: 8, skipProperNouns: true }).map((k) => k.word);
    expect(keywords).toEqual(expect.arrayContaining(['paie', 'DSN']));
    expect(keywords).not.toContain('profil');
    expect(keywords).not.toContain('cdi');
  });

  it('gives different keywords for offers of different jobs', () => {
    const payroll = extractKeywords(fixture('offre-gestionnaire-paie.txt'), { limit: 5 }).map((k) => k.stem);
    const warehouse = extractKeywords(fixture('offre-responsable-entrepot.txt'), { limit: 5 }).map((k) => k.stem);
    expect(payroll.filter((s) => warehouse.includes(s))).toEqual([]);
  });

  it('leaves out names of places and companies when asked, but keeps acronyms in capitals', () => {
    const keywords = extractKeywords(fixture('offre-responsable-entrepot.txt'), { limit: 12, skipProperNouns: true }).map((k) => k.word);
    expect(keywords).not.toContain('corbas');
    expect(keywords).toEqual(expect.arrayContaining(['WMS', 'CACES']));
  });

  it('is deterministic', () => {
    const text = fixture('offre-responsable-entrepot.txt');
    expect(extractKeywords(text)).toEqual(extractKeywords(text));
  });
});
