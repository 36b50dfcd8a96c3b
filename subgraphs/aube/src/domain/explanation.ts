import type { CatalogueSource } from '../import/catalogue.js';
import {
  comparisons,
  HUMAN_REVIEW,
  NEXT_ACTIONS,
  RECOMMENDATION_BIASES,
  RECOMMENDATION_FORMULA,
  RECOMMENDATION_LIMITS,
  recommendationWeights,
  RESILIENCE_BIASES,
  RESILIENCE_FORMULA,
  resilienceLimits,
  resilienceWeights,
  type Weight,
} from './explanation-text.js';
import { CONFIDENCE_LABELS, EVOLUTION_LABELS, THREAT_LABELS, type ConfidenceLevel } from './labels.js';
import type { RecommendationResult } from './recommendations.js';
import { percent } from './resilience-text.js';
import type { Factor, ResilienceResult, TaskExposure } from './types.js';

export const EXPLANATION_LEVELS = [1, 2, 3] as const;
export type ExplanationLevel = (typeof EXPLANATION_LEVELS)[number];

export interface TechnicalExplanation {
  formula: string;
  weights: Weight[];
  dataVersion: string;
  modelVersion: string;
  limits: string[];
  knownBiases: string[];
  humanReview: string;
  /** Other published figures for the same job, not used in the score. */
  comparisons: string[];
}

/**
 * The Transparency Engine's answer. Levels add up: 1 is a plain French summary with the
 * score, horizon and next action; 2 adds the factors (their contributions sum to the
 * score), the protective and exposed tasks, sources and confidence; 3 adds the formula,
 * weights, versions, limits, known biases and what a human reviewed.
 */
export interface Explanation {
  level: ExplanationLevel;
  summary: string;
  score: number;
  horizon: string | null;
  nextAction: string;
  factors: Factor[];
  protectiveTasks: TaskExposure[];
  exposedTasks: TaskExposure[];
  sources: CatalogueSource[];
  confidence: ConfidenceLevel | null;
  technical: TechnicalExplanation | null;
}

/** True for the Transparency Engine's levels: 1, 2 and 3. */
export function isExplanationLevel(level: number): level is ExplanationLevel {
  return (EXPLANATION_LEVELS as readonly number[]).includes(level);
}

/** Explains a resilience score at `level`. */
export function explainResilience(result: ResilienceResult, level: ExplanationLevel): Explanation {
  const summary =
    `${result.occupationTitle} : résilience ${result.score}/100. Selon les données publiques, ce métier est ${EVOLUTION_LABELS[result.evolution]} ` +
    `face à l’automatisation (horizon : ${result.horizon.label}) ; niveau de menace ${THREAT_LABELS[result.threatLevel]}, ` +
    `confiance ${CONFIDENCE_LABELS[result.confidence]}.`;
  return {
    level,
    summary,
    score: result.score,
    horizon: result.horizon.label,
    nextAction: NEXT_ACTIONS[result.evolution],
    factors: level >= 2 ? result.factors : [],
    protectiveTasks: level >= 2 ? result.protectiveTasks : [],
    exposedTasks: level >= 2 ? result.exposedTasks : [],
    sources: level >= 2 ? result.sources : [],
    confidence: level >= 2 ? result.confidence : null,
    technical:
      level === 3
        ? {
            formula: RESILIENCE_FORMULA,
            weights: resilienceWeights(),
            dataVersion: result.dataVersion,
            modelVersion: result.modelVersion,
            limits: resilienceLimits(result.figure),
            knownBiases: RESILIENCE_BIASES,
            humanReview: HUMAN_REVIEW,
            comparisons: comparisons(result.figure),
          }
        : null,
  };
}

/** Explains why a target job is recommended, at `level`. */
export function explainRecommendation(recommendation: RecommendationResult, level: ExplanationLevel): Explanation {
  const gain = recommendation.targetResilience - recommendation.currentResilience;
  const summary =
    `${recommendation.occupationTitle} : recommandé à ${recommendation.score}/100. Proximité avec les compétences de votre métier : ` +
    `${percent(recommendation.skillsOverlap)} ; sa résilience est de ${recommendation.targetResilience}/100 (${gain >= 0 ? '+' : ''}${gain} points).`;
  const toLearn = recommendation.skillsToAcquire[0];
  return {
    level,
    summary,
    score: recommendation.score,
    horizon: null,
    nextAction: toLearn
      ? `Repérez une formation pour la compétence « ${toLearn} » et échangez avec un professionnel du métier.`
      : 'Échangez avec un professionnel du métier pour vérifier qu’il vous correspond.',
    factors: level >= 2 ? recommendation.factors : [],
    protectiveTasks: [],
    exposedTasks: [],
    sources: level >= 2 ? recommendation.sources : [],
    confidence: null,
    technical:
      level === 3
        ? {
            formula: RECOMMENDATION_FORMULA,
            weights: recommendationWeights(),
            dataVersion: recommendation.dataVersion,
            modelVersion: recommendation.modelVersion,
            limits: RECOMMENDATION_LIMITS,
            knownBiases: RECOMMENDATION_BIASES,
            humanReview: HUMAN_REVIEW,
            comparisons: [],
          }
        : null,
  };
}
