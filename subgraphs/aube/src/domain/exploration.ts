import type { ExplorationInput } from './inputs.js';
import { recommend, type Candidate, type RecommendationResult } from './recommendations.js';
import { computeResilience } from './resilience.js';
import type { DataProvenance, OccupationData, ResilienceResult } from './types.js';
import { upskillingPlan, type UpskillingStep } from './upskilling.js';

/** Everything an exploration produced; stored as a snapshot for signed-in users. */
export interface ExplorationResult {
  occupation: { code: string; title: string };
  resilience: ResilienceResult;
  recommendations: RecommendationResult[];
  upskilling: UpskillingStep[];
}

/** Runs an exploration: the personalised score, 3–5 recommendations and the upskilling plan. */
export function explore(source: OccupationData, candidates: readonly Candidate[], input: ExplorationInput, provenance: DataProvenance): ExplorationResult {
  const resilience = computeResilience(source, provenance, { yearsOfExperience: input.yearsOfExperience, skills: input.skills });
  const preferences = { values: input.values, environments: input.environments, riasec: input.riasec ?? null, bigFive: input.bigFive ?? null };
  return {
    occupation: { code: source.code, title: source.title },
    resilience,
    recommendations: recommend(source, candidates, preferences, provenance, 5),
    upskilling: upskillingPlan(resilience),
  };
}
