import { describe, expect, it } from '@jest/globals';
import { explainRecommendation } from '../src/domain/explanation.js';
import { RECOMMENDATION_WEIGHTS } from '../src/domain/model.js';
import { profileOccupation } from '../src/domain/occupation-profile.js';
import { recommend, type Candidate } from '../src/domain/recommendations.js';
import { SkillSimilarity, skillTerms } from '../src/domain/skill-similarity.js';
import { sumOfContributions } from './harness.js';
import { CARE, DATA_ENTRY, figure, occupation, PROVENANCE } from './occupations.js';

const NURSE = occupation(
  'J1506',
  'Infirmier / Infirmière en soins généraux',
  { core: ['Réaliser les soins d’hygiène et de confort de la personne', 'Accompagner le patient et sa famille', 'Évaluer l’état de santé du patient'] },
  { figure: figure(0.2), contexts: [{ ogr: 9001, label: 'Patients', core: null }] },
);
const CHILDCARE = occupation('J1304', 'Auxiliaire de puériculture', { core: ['Réaliser les soins d’hygiène de l’enfant', 'Accompagner l’enfant et ses parents'] }, { figure: figure(0.25) });
const CARPENTER = occupation(
  'F1503',
  'Charpentier / Charpentière',
  { core: ['Tailler et assembler des pièces de charpente', 'Poser une charpente sur chantier'] },
  { figure: figure(0.15), contexts: [{ ogr: 9002, label: 'En extérieur', core: null }] },
);

function candidates(): Candidate[] {
  return [
    { occupation: NURSE, mobilityRank: 8, similarity: 0.62 },
    { occupation: CHILDCARE, mobilityRank: 1, similarity: 0.15 },
    { occupation: CARPENTER, mobilityRank: null, similarity: 0.02 },
    { occupation: DATA_ENTRY, mobilityRank: null, similarity: 0.3 },
  ];
}

describe('skill proximity', () => {
  it('compares fiches on the stems of their skill labels, ignoring filler words', () => {
    expect(skillTerms('Réaliser les soins d’hygiène et de confort de la personne')).toEqual(['soins', 'hygien', 'confor', 'person']);
  });

  it('finds two care fiches closer to each other than to a trade', () => {
    const profile = (o: typeof CARE) => ({ code: o.code, items: o.tasks.map((task) => ({ label: task.label, weight: task.core === 'principale' ? 2 : 1 })) });
    const similarity = new SkillSimilarity([CARE, NURSE, CARPENTER, DATA_ENTRY].map(profile));
    expect(similarity.between('J1501', 'J1506')).toBeGreaterThan(similarity.between('J1501', 'F1503'));
    expect(similarity.nearest('J1501', 1)[0]?.[0]).toBe('J1506');
    expect(similarity.nearest('J1501', 10).map(([code]) => code)).not.toContain('J1501');
  });
});

describe('recommendations', () => {
  it('ranks 3–5 targets by additive factors that sum to each score', () => {
    const results = recommend(CARE, candidates(), { values: ['aider_accompagner'], environments: [] }, PROVENANCE, 5);
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.length).toBeLessThanOrEqual(5);
    expect(results.map((r) => r.rank)).toEqual(results.map((_, i) => i + 1));
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    for (const result of results) {
      expect(sumOfContributions(result.factors)).toBe(result.score);
      expect(result.factors.map((f) => f.name)).toEqual(Object.keys(RECOMMENDATION_WEIGHTS));
      for (const factor of result.factors) {
        expect(factor.contribution).toBeGreaterThanOrEqual(0);
        expect(factor.contribution).toBeLessThanOrEqual(RECOMMENDATION_WEIGHTS[factor.name as keyof typeof RECOMMENDATION_WEIGHTS]);
      }
    }
    expect(results[0]?.occupationCode).toBe('J1506');
  });

  it('leaves out a far fiche France Travail does not link to', () => {
    const codes = recommend(CARE, candidates(), { values: [], environments: [] }, PROVENANCE).map((r) => r.occupationCode);
    expect(codes).not.toContain('F1503');
  });

  it('counts France Travail’s first-ranked mobility fully and its last one half', () => {
    const results = recommend(CARE, candidates(), { values: [], environments: [] }, PROVENANCE);
    const bridge = (code: string) => results.find((r) => r.occupationCode === code)?.factors.find((f) => f.name === 'passerelle')?.contribution;
    // Contributions are rounded to tenths so that they sum to the integer score.
    expect(bridge('J1304')).toBeCloseTo(10, 0);
    expect(bridge('J1506')).toBeCloseTo(5, 0);
    expect(bridge('M1606')).toBe(0);
  });

  it('favours the values and environments the person chose', () => {
    const caring = recommend(DATA_ENTRY, candidates(), { values: ['aider_accompagner'], environments: [] }, PROVENANCE);
    const neutral = recommend(DATA_ENTRY, candidates(), { values: [], environments: [] }, PROVENANCE);
    const valuesOf = (list: typeof caring, code: string) => list.find((r) => r.occupationCode === code)?.factors.find((f) => f.name === 'valeurs')?.contribution;
    expect(valuesOf(neutral, 'J1506')).toBe(10);
    expect(valuesOf(caring, 'J1506')).toBeGreaterThan(10);
  });

  it('explains a recommendation at three levels', () => {
    const [first] = recommend(CARE, candidates(), { values: [], environments: [] }, PROVENANCE);
    if (!first) throw new Error('expected a recommendation');
    expect(explainRecommendation(first, 1).factors).toEqual([]);
    expect(explainRecommendation(first, 1).summary).toContain(`recommandé à ${first.score}/100`);
    expect(sumOfContributions(explainRecommendation(first, 2).factors)).toBe(first.score);
    expect(explainRecommendation(first, 3).technical?.weights.reduce((sum, w) => sum + w.value, 0)).toBe(100);
  });
});

describe('occupation profile', () => {
  it('reads helping others and field work from tasks and ROME work contexts', () => {
    const care = profileOccupation(NURSE);
    const trade = profileOccupation(CARPENTER);
    expect(care.values.aider_accompagner).toBeGreaterThan(trade.values.aider_accompagner);
    expect(trade.environments.terrain).toBe(1);
    expect(care.riasec.social).toBe(1);
    expect(trade.riasec.realistic).toBe(1);
  });
});
