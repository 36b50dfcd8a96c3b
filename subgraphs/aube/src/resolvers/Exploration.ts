import type { ExplorationResolvers } from '../__generated__/resolvers-types.js';

export const Exploration: ExplorationResolvers = {
  createdAt: (exploration) => exploration.createdAt.toISOString(),
  occupation: (exploration) => exploration.result.occupation,
  resilience: (exploration) => exploration.result.resilience,
  recommendations: (exploration) => exploration.result.recommendations,
  upskillingPlan: (exploration) => exploration.result.upskilling,
  chosenOccupation: (exploration) => (exploration.chosenCode ? { code: exploration.chosenCode } : null),
  trustReport: (exploration) => ({ exploration }),
};
