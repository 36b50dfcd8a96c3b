import type { CatalogueSource } from '../import/catalogue.js';
import { apportion } from './apportion.js';
import {
  MIN_SKILL_PROXIMITY,
  MODEL_VERSION,
  RECOMMENDATION_WEIGHTS,
  RESILIENCE_GAIN_SPAN,
  SKILL_PROXIMITY_SATURATION,
  type RecommendationFactor,
} from './model.js';
import { skillTerms } from './skill-similarity.js';
import { profileOccupation, RIASEC, type Environment, type OccupationProfile, type RiasecLetter, type Value } from './occupation-profile.js';
import { describeRecommendationFactor, RECOMMENDATION_LABELS } from './recommendation-text.js';
import { computeResilience } from './resilience.js';
import type { DataProvenance, Factor, OccupationData } from './types.js';

export interface BigFive {
  openness: number;
  conscientiousness: number;
  extraversion: number;
  agreeableness: number;
  neuroticism: number;
}

/** What the person told Aube about what they look for; empty lists count as neutral. */
export interface Preferences {
  values: readonly Value[];
  environments: readonly Environment[];
  riasec?: Readonly<Record<RiasecLetter, number>> | null;
  bigFive?: Readonly<BigFive> | null;
}

export interface Candidate {
  occupation: OccupationData;
  /** France Travail's rank of the mobility link from the source fiche, when there is one. */
  mobilityRank: number | null;
  /** Skill proximity to the source fiche, 0–1 (see `SkillSimilarity`). */
  similarity: number;
}

export interface RecommendationResult {
  occupationCode: string;
  occupationTitle: string;
  rank: number;
  score: number;
  factors: Factor[];
  /** Skill proximity to the current job, 0–1. */
  skillsOverlap: number;
  /** Tasks of the current job that the target also names or words alike. */
  sharedSkills: string[];
  /** Core tasks of the target the current job does not list: what to learn. */
  skillsToAcquire: string[];
  mobilityRank: number | null;
  currentResilience: number;
  targetResilience: number;
  sources: CatalogueSource[];
  dataVersion: string;
  modelVersion: string;
}

const NEUTRAL = 0.5;

/**
 * Ranks target jobs by additive factors (skill proximity, France Travail mobility link,
 * values, environment, personality, resilience gain); returns the best `count`.
 */
export function recommend(
  source: OccupationData,
  candidates: readonly Candidate[],
  preferences: Preferences,
  provenance: DataProvenance,
  count = 5,
): RecommendationResult[] {
  const current = computeResilience(source, provenance);
  const lastRank = Math.max(1, ...candidates.map((c) => c.mobilityRank ?? 1));
  const scored = candidates
    .filter((candidate) => candidate.occupation.code !== source.code)
    .map((candidate) => {
      const overlap = candidate.similarity;
      const target = computeResilience(candidate.occupation, provenance);
      const profile = profileOccupation(candidate.occupation);
      const shares: Record<RecommendationFactor, number> = {
        competences: Math.min(1, overlap / SKILL_PROXIMITY_SATURATION),
        passerelle: candidate.mobilityRank === null ? 0 : 1 - (0.5 * (Math.min(candidate.mobilityRank, lastRank) - 1)) / Math.max(lastRank - 1, 1),
        valeurs: meanOf(preferences.values.map((value) => profile.values[value])),
        environnement: meanOf(preferences.environments.map((environment) => profile.environments[environment])),
        personnalite: personalityFit(profile, preferences),
        gain_resilience: Math.min(1, Math.max(0, 0.5 + (target.score - current.score) / (2 * RESILIENCE_GAIN_SPAN))),
      };
      return { candidate, overlap, target, shares, raw: sumOf(shares) };
    })
    .filter((entry) => entry.overlap >= MIN_SKILL_PROXIMITY || entry.candidate.mobilityRank !== null)
    .sort((a, b) => b.raw - a.raw || a.candidate.occupation.code.localeCompare(b.candidate.occupation.code))
    .slice(0, count);

  return scored.map((entry, index) => {
    const names = Object.keys(RECOMMENDATION_WEIGHTS) as RecommendationFactor[];
    const rawPoints = names.map((name) => RECOMMENDATION_WEIGHTS[name] * entry.shares[name]);
    const score = Math.round(rawPoints.reduce((sum, value) => sum + value, 0));
    const points = apportion(rawPoints, score, { caps: names.map((name) => RECOMMENDATION_WEIGHTS[name]) });
    const context = { preferences, overlap: entry.overlap, mobilityRank: entry.candidate.mobilityRank, current: current.score, target: entry.target.score };
    return {
      occupationCode: entry.candidate.occupation.code,
      occupationTitle: entry.candidate.occupation.title,
      rank: index + 1,
      score,
      factors: names.map((name, i) => ({
        name,
        label: RECOMMENDATION_LABELS[name],
        contribution: points[i] ?? 0,
        detail: describeRecommendationFactor(name, entry.shares[name], context),
      })),
      skillsOverlap: Math.round(entry.overlap * 1000) / 1000,
      sharedSkills: sharedSkills(source, entry.candidate.occupation),
      skillsToAcquire: skillsToAcquire(source, entry.candidate.occupation),
      mobilityRank: entry.candidate.mobilityRank,
      currentResilience: current.score,
      targetResilience: entry.target.score,
      // The gain factor rests on both jobs' figures: every source of a resilience score.
      sources: provenance.sources.filter((s) => s.id !== 'frey_osborne'),
      dataVersion: provenance.dataVersion,
      modelVersion: MODEL_VERSION,
    };
  });
}

/** Tasks of the current job the target lists too, or words with at least two of the same stems. */
function sharedSkills(source: OccupationData, target: OccupationData): string[] {
  const targetItems = new Set(target.tasks.map((item) => item.ogr));
  const targetTerms = new Set(target.tasks.flatMap((item) => skillTerms(item.label)));
  const shared = source.tasks.filter(
    (item) => targetItems.has(item.ogr) || skillTerms(item.label).filter((term) => targetTerms.has(term)).length >= 2,
  );
  return shared
    .sort((a, b) => Number(b.core === 'principale') - Number(a.core === 'principale'))
    .slice(0, 5)
    .map((item) => item.label);
}

function skillsToAcquire(source: OccupationData, target: OccupationData): string[] {
  const known = new Set(source.tasks.map((item) => item.ogr));
  return target.tasks.filter((item) => item.core === 'principale' && !known.has(item.ogr)).slice(0, 5).map((item) => item.label);
}

function personalityFit(profile: OccupationProfile, preferences: Preferences): number {
  const fits: number[] = [];
  if (preferences.riasec) {
    const riasec = preferences.riasec;
    fits.push(1 - meanOf(RIASEC.map((letter) => Math.abs(riasec[letter] - profile.riasec[letter]))));
  }
  if (preferences.bigFive) {
    const { openness, conscientiousness, extraversion, agreeableness } = preferences.bigFive;
    const pairs: [number, number][] = [
      [openness, profile.values.creer_innover],
      [conscientiousness, profile.values.organiser_optimiser],
      [extraversion, profile.environments.collaboratif],
      [agreeableness, profile.values.aider_accompagner],
    ];
    fits.push(1 - meanOf(pairs.map(([person, job]) => Math.abs(person - job))));
  }
  return fits.length === 0 ? NEUTRAL : meanOf(fits);
}

function meanOf(values: readonly number[]): number {
  return values.length === 0 ? NEUTRAL : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sumOf(shares: Record<RecommendationFactor, number>): number {
  return (Object.keys(RECOMMENDATION_WEIGHTS) as RecommendationFactor[]).reduce((sum, name) => sum + RECOMMENDATION_WEIGHTS[name] * shares[name], 0);
}
