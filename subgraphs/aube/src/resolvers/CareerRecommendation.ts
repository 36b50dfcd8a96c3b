import { explainRecommendation } from '../domain/explanation.js';
import type { CareerRecommendationResolvers } from '../__generated__/resolvers-types.js';
import { explanationLevel } from './explanation-level.js';

export const CareerRecommendation: CareerRecommendationResolvers = {
  occupation: (recommendation) => ({ code: recommendation.occupationCode, title: recommendation.occupationTitle }),
  resilienceGain: (recommendation) => recommendation.targetResilience - recommendation.currentResilience,
  explanation: (recommendation, { level }) => explainRecommendation(recommendation, explanationLevel(level)),
};
