import type { MilestoneResolvers } from '../__generated__/resolvers-types.js';

export const Milestone: MilestoneResolvers = {
  done: (milestone) => milestone.completedAt !== null,
  completedAt: (milestone) => milestone.completedAt?.toISOString() ?? null,
};
