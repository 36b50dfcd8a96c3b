import type { EmotionalTrendResolvers } from '../__generated__/resolvers-types.js';

const twoDecimals = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

// The rule decides on exact figures; clients get them rounded to two decimals.
export const EmotionalTrend: EmotionalTrendResolvers = {
  moodAverage7d: (trend) => twoDecimals(trend.moodAverage7d),
  moodVolatility7d: (trend) => twoDecimals(trend.moodVolatility7d),
  confidenceSlope30d: (trend) => twoDecimals(trend.confidenceSlope30d),
  confidenceChange30d: (trend) => twoDecimals(trend.confidenceChange30d),
  computedAt: (trend) => trend.computedAt.toISOString(),
};
