import { explainResilience } from '../domain/explanation.js';
import type { ResilienceAnalysisResolvers } from '../__generated__/resolvers-types.js';
import { explanationLevel } from './explanation-level.js';

export const ResilienceAnalysis: ResilienceAnalysisResolvers = {
  horizon: (analysis) => analysis.horizon.label,
  horizonYears: (analysis) => ({ min: analysis.horizon.minYears, max: analysis.horizon.maxYears }),
  personalised: (analysis) => analysis.personal !== null,
  explanation: (analysis, { level }) => explainResilience(analysis, explanationLevel(level)),
};
