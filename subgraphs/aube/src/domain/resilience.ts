import type { SourceId } from '../import/catalogue.js';
import { apportion } from './apportion.js';
import { anxietyFor, confidenceFor, evolutionFor, horizonFor, threatLevelFor } from './labels.js';
import {
  BOTTLENECK_WEIGHTS,
  BOTTLENECKS,
  MAX_TASK_REDUCTION,
  MODEL_VERSION,
  NO_FIGURE_PERCENTILE,
  PERSONAL_ADJUSTMENT,
  TASK_FREQUENCY,
  type Bottleneck,
} from './model.js';
import { bottleneckLevel, profileTask } from './task-profile.js';
import type { DataProvenance, Factor, OccupationData, OccupationItem, ResilienceResult, TaskExposure } from './types.js';
import { describeBase, describeBottleneck, describeExperience, describeSkills, FACTOR_LABELS } from './resilience-text.js';

export interface PersonalInputs {
  yearsOfExperience: number;
  /** Transferable skills, free French text. */
  skills: readonly string[];
}

interface ScoredTask {
  item: OccupationItem;
  weight: number;
  /** Share of exposure removed, per bottleneck (already capped). */
  reductions: Record<Bottleneck, number>;
  levels: Record<Bottleneck, number>;
  exposure: number;
}

const DERIVATION_COVERAGE = { direct_esco: 1, isco_fallback: 0.7, parent_fiche: 0.55, none: 0.2 } as const;

/**
 * The resilience score (0–100, 100 = very resistant). Each task starts from the
 * occupation's exposure (its automation figure's percentile), lowered by the human
 * bottlenecks it needs; tasks are averaged by frequency; the person's experience and
 * protective skills then lower what is left. Every part is an additive factor.
 */
export function computeResilience(occupation: OccupationData, provenance: DataProvenance, person?: PersonalInputs): ResilienceResult {
  const base = occupation.figure?.percentile ?? NO_FIGURE_PERCENTILE;
  const tasks = occupation.tasks.map((item) => scoreTask(item, base));
  const totalWeight = tasks.reduce((sum, task) => sum + task.weight, 0);
  const meanReduction = (bottleneck: Bottleneck) =>
    totalWeight === 0 ? 0 : tasks.reduce((sum, task) => sum + task.reductions[bottleneck] * task.weight, 0) / totalWeight;
  const reductions = Object.fromEntries(BOTTLENECKS.map((b) => [b, meanReduction(b)])) as Record<Bottleneck, number>;
  const taskExposure = base * (1 - BOTTLENECKS.reduce((sum, b) => sum + reductions[b], 0));

  const experienceShare = person ? PERSONAL_ADJUSTMENT.experienceMax * Math.min(1, person.yearsOfExperience / PERSONAL_ADJUSTMENT.experienceYears) : 0;
  const skillStrengths = (person?.skills ?? []).map((skill) => ({ skill, strength: skillStrength(skill) }));
  const protectiveSkills = skillStrengths.filter((s) => s.strength >= 0.5).map((s) => s.skill);
  const skillsShare = person
    ? PERSONAL_ADJUSTMENT.skillsMax * Math.min(1, skillStrengths.reduce((sum, s) => sum + s.strength, 0) / PERSONAL_ADJUSTMENT.skillsSaturation)
    : 0;

  const raw: { name: string; value: number; detail: string }[] = [
    { name: 'exposition_metier', value: 100 * (1 - base), detail: describeBase(occupation, base) },
    ...BOTTLENECKS.map((b) => ({ name: b, value: 100 * base * reductions[b], detail: describeBottleneck(b, tasks.filter((t) => t.levels[b] >= 0.5).map((t) => t.item)) })),
  ];
  if (person) {
    raw.push({ name: 'experience', value: 100 * taskExposure * experienceShare, detail: describeExperience(person.yearsOfExperience, experienceShare) });
    raw.push({ name: 'competences_transferables', value: 100 * taskExposure * skillsShare, detail: describeSkills(protectiveSkills, skillsShare) });
  }
  const score = Math.min(100, Math.max(0, Math.round(raw.reduce((sum, part) => sum + part.value, 0))));
  const contributions = apportion(
    raw.map((part) => part.value),
    score,
  );
  const factors: Factor[] = raw.map((part, index) => ({
    name: part.name,
    label: FACTOR_LABELS[part.name] ?? part.name,
    contribution: contributions[index] ?? 0,
    detail: part.detail,
  }));

  const exposure = (100 - score) / 100;
  const evolution = evolutionFor(exposure);
  const derivation = occupation.figure?.derivation ?? 'none';
  const coverage =
    DERIVATION_COVERAGE[derivation] * (0.5 + 0.5 * Math.min(1, (occupation.figure?.aggregated ?? 0) / 3)) * Math.min(1, occupation.tasks.length / 10);
  const ranked = [...tasks].sort((a, b) => a.exposure - b.exposure || b.weight - a.weight || a.item.label.localeCompare(b.item.label, 'fr'));
  return {
    occupationCode: occupation.code,
    occupationTitle: occupation.title,
    score,
    exposure,
    evolution,
    horizon: horizonFor(evolution),
    threatLevel: threatLevelFor(score),
    confidence: confidenceFor(coverage),
    coverage: Math.round(coverage * 100) / 100,
    anxietyScore: anxietyFor(score),
    factors,
    protectiveTasks: ranked.slice(0, 5).map(toTaskExposure),
    exposedTasks: ranked.slice(-5).reverse().map(toTaskExposure),
    taskCount: tasks.length,
    baseExposure: Math.round(base * 10_000) / 10_000,
    figure: occupation.figure,
    personal: person ? { yearsOfExperience: person.yearsOfExperience, protectiveSkills } : null,
    sources: sourcesUsed(provenance, occupation),
    dataVersion: provenance.dataVersion,
    modelVersion: MODEL_VERSION,
  };
}

function scoreTask(item: OccupationItem, base: number): ScoredTask {
  const needs = profileTask(item.label);
  const levels = Object.fromEntries(BOTTLENECKS.map((b) => [b, bottleneckLevel(needs, b)])) as Record<Bottleneck, number>;
  const uncapped = BOTTLENECKS.reduce((sum, b) => sum + BOTTLENECK_WEIGHTS[b] * levels[b], 0);
  // Scaling every bottleneck by the same factor keeps their shares additive under the cap.
  const scale = uncapped > MAX_TASK_REDUCTION ? MAX_TASK_REDUCTION / uncapped : 1;
  const reductions = Object.fromEntries(BOTTLENECKS.map((b) => [b, BOTTLENECK_WEIGHTS[b] * levels[b] * scale])) as Record<Bottleneck, number>;
  const weight = item.core === 'principale' ? TASK_FREQUENCY.principale : item.core === 'emergente' ? TASK_FREQUENCY.emergente : TASK_FREQUENCY.ordinaire;
  return { item, weight, reductions, levels, exposure: base * (1 - Math.min(uncapped, MAX_TASK_REDUCTION)) };
}

function toTaskExposure(task: ScoredTask): TaskExposure {
  return {
    label: task.item.label,
    exposure: Math.round(task.exposure * 100) / 100,
    core: task.item.core === 'principale',
    bottlenecks: BOTTLENECKS.filter((b) => task.levels[b] >= 0.5),
  };
}

/** How protective a transferable skill is: its strongest bottleneck, 0–1. */
export function skillStrength(skill: string): number {
  const needs = profileTask(skill);
  return Math.max(...BOTTLENECKS.map((b) => bottleneckLevel(needs, b)));
}

function sourcesUsed(provenance: DataProvenance, occupation: OccupationData) {
  const ids = new Set<SourceId>(['rome']);
  if (occupation.figure) {
    ids.add('esco_rome_mapping');
    ids.add('esco');
  }
  ids.add('nesta_mcc');
  return provenance.sources.filter((source) => ids.has(source.id));
}
