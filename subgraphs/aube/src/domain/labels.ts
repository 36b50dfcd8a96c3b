/** DOMAIN.md's labels, derived from a resilience score (0–100, 100 = very resistant). */
export type EvolutionType = 'stable' | 'enhanced' | 'transformed' | 'threatened';
export type ThreatLevel = 'tres_faible' | 'faible' | 'modere' | 'eleve' | 'critique';
export type ConfidenceLevel = 'tres_eleve' | 'eleve' | 'moyen' | 'faible';

export interface Horizon {
  minYears: number;
  maxYears: number | null;
  label: string;
}

/** Evolution type from the share of exposure left: < 0.3 stable, < 0.6 enhanced, < 0.8 transformed, else threatened. */
export function evolutionFor(exposure: number): EvolutionType {
  if (exposure < 0.3) return 'stable';
  if (exposure < 0.6) return 'enhanced';
  if (exposure < 0.8) return 'transformed';
  return 'threatened';
}

const HORIZONS: Readonly<Record<EvolutionType, Horizon>> = {
  stable: { minYears: 10, maxYears: null, label: '10 ans et plus' },
  enhanced: { minYears: 5, maxYears: 10, label: '5 à 10 ans' },
  transformed: { minYears: 3, maxYears: 5, label: '3 à 5 ans' },
  threatened: { minYears: 1, maxYears: 3, label: '1 à 3 ans' },
};

/** When the evolution is expected to be felt. */
export function horizonFor(evolution: EvolutionType): Horizon {
  return HORIZONS[evolution];
}

/** Threat level from the resilience score: > 80 très faible, > 60 faible, > 40 modéré, > 20 élevé, else critique. */
export function threatLevelFor(score: number): ThreatLevel {
  if (score > 80) return 'tres_faible';
  if (score > 60) return 'faible';
  if (score > 40) return 'modere';
  if (score > 20) return 'eleve';
  return 'critique';
}

/** Confidence label from a data-coverage figure (0–1). */
export function confidenceFor(coverage: number): ConfidenceLevel {
  if (coverage >= 0.8) return 'tres_eleve';
  if (coverage >= 0.6) return 'eleve';
  if (coverage >= 0.4) return 'moyen';
  return 'faible';
}

/** DOMAIN.md: anxiety = 100 − resilience. */
export function anxietyFor(score: number): number {
  return 100 - score;
}

export const EVOLUTION_LABELS: Readonly<Record<EvolutionType, string>> = {
  stable: 'stable',
  enhanced: 'enrichi par l’IA',
  transformed: 'transformé',
  threatened: 'menacé',
};

export const THREAT_LABELS: Readonly<Record<ThreatLevel, string>> = {
  tres_faible: 'très faible',
  faible: 'faible',
  modere: 'modéré',
  eleve: 'élevé',
  critique: 'critique',
};

export const CONFIDENCE_LABELS: Readonly<Record<ConfidenceLevel, string>> = {
  tres_eleve: 'très élevée',
  eleve: 'élevée',
  moyen: 'moyenne',
  faible: 'faible',
};
