import { describe, expect, it } from '@jest/globals';
import { apportion } from '../src/domain/apportion.js';
import { explainResilience, isExplanationLevel } from '../src/domain/explanation.js';
import { anxietyFor, confidenceFor, evolutionFor, horizonFor, threatLevelFor } from '../src/domain/labels.js';
import { MODEL_VERSION } from '../src/domain/model.js';
import { computeResilience } from '../src/domain/resilience.js';
import { profileTask } from '../src/domain/task-profile.js';
import { upskillingPlan } from '../src/domain/upskilling.js';
import { sumOfContributions } from './harness.js';
import { CARE, DATA_ENTRY, figure, occupation, PROVENANCE } from './occupations.js';

describe('labels of DOMAIN.md', () => {
  it.each([
    [0, 'stable'],
    [0.299, 'stable'],
    [0.3, 'enhanced'],
    [0.599, 'enhanced'],
    [0.6, 'transformed'],
    [0.799, 'transformed'],
    [0.8, 'threatened'],
    [1, 'threatened'],
  ])('calls an exposure of %s %s', (exposure, evolution) => {
    expect(evolutionFor(exposure)).toBe(evolution);
  });

  it('gives each evolution its horizon', () => {
    expect([horizonFor('stable'), horizonFor('enhanced'), horizonFor('transformed'), horizonFor('threatened')].map((h) => [h.minYears, h.maxYears])).toEqual([
      [10, null],
      [5, 10],
      [3, 5],
      [1, 3],
    ]);
  });

  it.each([
    [100, 'tres_faible'],
    [81, 'tres_faible'],
    [80, 'faible'],
    [61, 'faible'],
    [60, 'modere'],
    [41, 'modere'],
    [40, 'eleve'],
    [21, 'eleve'],
    [20, 'critique'],
    [0, 'critique'],
  ])('rates a resilience of %s as threat level %s', (score, level) => {
    expect(threatLevelFor(score)).toBe(level);
  });

  it('maps data coverage to confidence and resilience to anxiety', () => {
    expect([0.9, 0.7, 0.5, 0.1].map(confidenceFor)).toEqual(['tres_eleve', 'eleve', 'moyen', 'faible']);
    expect(anxietyFor(73)).toBe(27);
  });
});

describe('apportioning contributions', () => {
  it('rounds parts to tenths that add up exactly to the total', () => {
    const parts = apportion([65.74, 1.38, 0.26, 3.55, 0.14], 71);
    expect(parts.reduce((sum, part) => sum + Math.round(part * 10), 0)).toBe(710);
    expect(parts.every((part) => Math.round(part * 10) === part * 10)).toBe(true);
  });

  it('takes rounding away when the raw parts overshoot, and never touches a zero part', () => {
    const parts = apportion([33.36, 33.36, 0, 33.36], 100);
    expect(parts[2]).toBe(0);
    expect(parts.reduce((sum, part) => sum + Math.round(part * 10), 0)).toBe(1000);
  });
});

describe('task profile', () => {
  it('finds empathy and care gestures in a care task', () => {
    const needs = profileTask('Accompagner la personne âgée dans les gestes de la vie quotidienne');
    expect(needs.empathie).toBe(1);
    expect(needs.perception_manipulation).toBeGreaterThanOrEqual(0.5);
  });

  it('rates routine clerical work low in complexity and free of bottlenecks', () => {
    const needs = profileTask('Saisir des données');
    expect(needs).toEqual({ empathie: 0, creativite: 0, interaction_humaine: 0, complexite: 1, perception_manipulation: 0 });
  });

  it('rates strategy and negotiation as complex human work', () => {
    const needs = profileTask('Négocier les contrats et définir la stratégie commerciale');
    expect(needs.complexite).toBeGreaterThanOrEqual(4);
    expect(needs.interaction_humaine).toBe(1);
  });

  it('does not mistake assembling a file or maintaining a relationship for manual work', () => {
    expect(profileTask('Monter un dossier de financement').perception_manipulation).toBe(0);
    expect(profileTask('Entretenir des relations avec les partenaires').perception_manipulation).toBe(0);
    expect(profileTask('Répartir les tâches entre les équipes').perception_manipulation).toBe(0);
  });
});

describe('resilience score', () => {
  it('breaks the score into additive factors that sum to it and cite the datasets', () => {
    const result = computeResilience(CARE, PROVENANCE);
    expect(sumOfContributions(result.factors)).toBe(result.score);
    expect(result.factors.map((f) => f.name)).toEqual(['exposition_metier', 'empathie', 'creativite', 'interaction_humaine', 'complexite', 'perception_manipulation']);
    expect(result.factors[0]?.contribution).toBeCloseTo(70, 0);
    expect(result.sources.map((s) => s.id)).toEqual(['rome', 'esco_rome_mapping', 'esco', 'nesta_mcc']);
    expect(result).toMatchObject({ modelVersion: MODEL_VERSION, dataVersion: PROVENANCE.dataVersion, anxietyScore: 100 - result.score, exposure: (100 - result.score) / 100 });
  });

  it('scores care work above data entry and labels data entry threatened', () => {
    const care = computeResilience(CARE, PROVENANCE);
    const dataEntry = computeResilience(DATA_ENTRY, PROVENANCE);
    expect(care.score).toBeGreaterThan(dataEntry.score);
    expect(dataEntry.evolution).toBe('threatened');
    expect(care.protectiveTasks[0]?.bottlenecks).toContain('empathie');
    expect(dataEntry.exposedTasks[0]?.exposure).toBeGreaterThan(care.exposedTasks[0]?.exposure ?? 1);
  });

  it('lowers a task’s exposure by the bottlenecks it needs', () => {
    const result = computeResilience(CARE, PROVENANCE);
    const hygiene = result.protectiveTasks.find((task) => task.label.startsWith('Écouter'));
    const filing = result.exposedTasks.find((task) => task.label.startsWith('Saisir'));
    expect(hygiene?.exposure).toBeLessThan(filing?.exposure ?? 0);
    // Routine (complexity 1) and without any bottleneck: the occupation's exposure, untouched.
    expect(filing?.exposure).toBe(0.3);
  });

  it('raises the score with experience and protective transferable skills, as two more factors', () => {
    const base = computeResilience(DATA_ENTRY, PROVENANCE, { yearsOfExperience: 0, skills: [] });
    const seasoned = computeResilience(DATA_ENTRY, PROVENANCE, { yearsOfExperience: 25, skills: ['Accompagner des personnes en difficulté', 'Négocier avec des fournisseurs'] });
    expect(seasoned.score).toBeGreaterThan(base.score);
    expect(sumOfContributions(seasoned.factors)).toBe(seasoned.score);
    expect(seasoned.personal?.protectiveSkills).toEqual(['Accompagner des personnes en difficulté', 'Négocier avec des fournisseurs']);
    expect(base.factors.find((f) => f.name === 'experience')?.contribution).toBe(0);
  });

  it('assumes the median exposure with low confidence when no source covers the fiche', () => {
    const unknown = computeResilience(occupation('K1799', 'Combattant', { core: ['Conduire un véhicule blindé'] }, { figure: null }), PROVENANCE);
    expect(unknown.baseExposure).toBe(0.5);
    expect(unknown.confidence).toBe('faible');
    expect(unknown.sources.map((s) => s.id)).toEqual(['rome', 'nesta_mcc']);
    expect(unknown.factors[0]?.detail).toContain('Aucune donnée');
  });

  it('trusts an inherited or ISCO-level figure less than a direct one', () => {
    const tasks = { core: Array.from({ length: 10 }, (_, i) => `Réaliser l’opération ${i}`) };
    const direct = computeResilience(occupation('A1001', 'Direct', tasks, { figure: figure(0.5, 'direct_esco') }), PROVENANCE);
    const isco = computeResilience(occupation('A1002', 'ISCO', tasks, { figure: figure(0.5, 'isco_fallback') }), PROVENANCE);
    const parent = computeResilience(occupation('A1003', 'Parent', tasks, { figure: figure(0.5, 'parent_fiche') }), PROVENANCE);
    expect([direct.coverage, isco.coverage, parent.coverage]).toEqual([...[direct.coverage, isco.coverage, parent.coverage]].sort((a, b) => b - a));
    expect(direct.confidence).toBe('tres_eleve');
    expect(parent.confidence).not.toBe('tres_eleve');
  });
});

describe('Transparency Engine', () => {
  const result = computeResilience(CARE, PROVENANCE, { yearsOfExperience: 10, skills: [] });

  it('gives a plain French summary with score, horizon and next action at level 1, and nothing more', () => {
    const level1 = explainResilience(result, 1);
    expect(level1.summary).toContain(`résilience ${result.score}/100`);
    expect(level1.horizon).toBe(result.horizon.label);
    expect(level1.nextAction.length).toBeGreaterThan(20);
    expect([level1.factors, level1.sources, level1.protectiveTasks]).toEqual([[], [], []]);
    expect(level1.technical).toBeNull();
  });

  it('adds the factors, tasks, sources and confidence at level 2', () => {
    const level2 = explainResilience(result, 2);
    expect(sumOfContributions(level2.factors)).toBe(level2.score);
    expect(level2.sources.length).toBeGreaterThan(0);
    expect(level2.confidence).toBe(result.confidence);
    expect(level2.technical).toBeNull();
  });

  it('adds the formula, weights, versions, limits, biases and human review at level 3', () => {
    const level3 = explainResilience(result, 3);
    expect(level3.technical).toMatchObject({ dataVersion: PROVENANCE.dataVersion, modelVersion: MODEL_VERSION });
    expect(level3.technical?.formula).toContain('score = 100 × (1 − E)');
    expect(level3.technical?.weights.find((w) => w.name === 'empathie')?.value).toBe(0.35);
    expect(level3.technical?.limits.length).toBeGreaterThanOrEqual(4);
    expect(level3.technical?.knownBiases.length).toBeGreaterThanOrEqual(3);
    expect(level3.technical?.comparisons[0]).toContain('Frey & Osborne');
    expect(level3.technical?.humanReview).toContain('Aucun humain n’a relu ce résultat individuel');
  });

  it('knows only levels 1, 2 and 3', () => {
    expect([0, 1, 2, 3, 4].map(isExplanationLevel)).toEqual([false, true, true, true, false]);
  });
});

describe('upskilling plan', () => {
  it('starts with generative AI, ends with responsible use, and suits the job family', () => {
    const developer = upskillingPlan({ ...computeResilience(CARE, PROVENANCE), occupationCode: 'M1805', score: 75 });
    expect(developer.map((step) => step.id)).toEqual(['ia_generative', 'dev_ia', 'ingenierie_ia', 'ia_responsable']);
    expect(developer.every((step) => step.durationHours > 0)).toBe(true);
    expect(developer.find((step) => step.id === 'ingenierie_ia')?.cpfEligible).toBe(true);
  });

  it('puts task automation first for a much exposed job', () => {
    const plan = upskillingPlan(computeResilience(DATA_ENTRY, PROVENANCE));
    expect(plan.map((step) => step.id)).toEqual(['ia_generative', 'automatisation', 'donnees', 'ia_responsable']);
    expect(plan[1]?.reason).toContain('exposée');
  });
});
