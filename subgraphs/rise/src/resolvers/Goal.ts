import type { GoalResolvers } from '../__generated__/resolvers-types.js';

export const Goal: GoalResolvers = {
  milestones: (goal, _args, { loaders }) => loaders.milestones.load(goal.id),
  progress: async (goal, _args, { loaders }) => {
    const milestones = await loaders.milestones.load(goal.id);
    return milestones.length === 0 ? 0 : milestones.filter((m) => m.completedAt).length / milestones.length;
  },
  completedAt: (goal) => goal.completedAt?.toISOString() ?? null,
  createdAt: (goal) => goal.createdAt.toISOString(),
};
