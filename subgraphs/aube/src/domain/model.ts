/** Version of the scoring model; stored with every score so an explanation can say which one produced it. */
export const MODEL_VERSION = 'aube-resilience-1.0.0';

/** The human bottlenecks DOMAIN.md names; each lowers a task's exposure. */
export const BOTTLENECKS = ['empathie', 'creativite', 'interaction_humaine', 'complexite', 'perception_manipulation'] as const;
export type Bottleneck = (typeof BOTTLENECKS)[number];

/** How much a fully present bottleneck lowers a task's exposure (complexity counts (c − 1) / 4). */
export const BOTTLENECK_WEIGHTS: Readonly<Record<Bottleneck, number>> = {
  empathie: 0.35,
  creativite: 0.3,
  interaction_humaine: 0.3,
  complexite: 0.3,
  perception_manipulation: 0.3,
};

/** No task is ever fully protected: bottlenecks remove at most this share of its exposure. */
export const MAX_TASK_REDUCTION = 0.9;

/**
 * ROME gives no task frequencies; France Travail's core tasks (`Principale`) are done most,
 * so they weigh three times an ordinary or emerging task.
 */
export const TASK_FREQUENCY = { principale: 3, emergente: 1, ordinaire: 1 } as const;

/** The person's inputs lower the occupation's remaining exposure by at most these shares. */
export const PERSONAL_ADJUSTMENT = {
  experienceMax: 0.06,
  /** Years at which experience counts fully. */
  experienceYears: 20,
  skillsMax: 0.06,
  /** Protective transferable skills (summed strength) at which skills count fully. */
  skillsSaturation: 3,
} as const;

/** Exposure assumed for a fiche no source covers: the median of Nesta's ESCO occupations. */
export const NO_FIGURE_PERCENTILE = 0.5;

/** Additive weights of a recommendation's score (they sum to 100). */
export const RECOMMENDATION_WEIGHTS = {
  competences: 40,
  passerelle: 10,
  valeurs: 20,
  environnement: 15,
  personnalite: 5,
  gain_resilience: 10,
} as const;
export type RecommendationFactor = keyof typeof RECOMMENDATION_WEIGHTS;

/** Skill proximity (cosine, 0–1) at which the skills factor is full: close fiches of the same domain reach it. */
export const SKILL_PROXIMITY_SATURATION = 0.5;

/** Below this proximity a fiche is a candidate only through a France Travail mobility link. */
export const MIN_SKILL_PROXIMITY = 0.05;

/** How many of the closest fiches join the mobility links as candidates. */
export const NEAREST_CANDIDATES = 12;

/** A resilience gain (target − current, in points) at which the factor is full; the opposite loss gives 0. */
export const RESILIENCE_GAIN_SPAN = 20;
