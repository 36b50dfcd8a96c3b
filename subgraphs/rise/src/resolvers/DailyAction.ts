import type { DailyActionResolvers } from '../__generated__/resolvers-types.js';

export const DailyAction: DailyActionResolvers = {
  goal: async (action, _args, { loaders }) => (action.goalId ? ((await loaders.goalById.load(action.goalId)) ?? null) : null),
  done: (action) => action.completedAt !== null,
  completedAt: (action) => action.completedAt?.toISOString() ?? null,
  createdAt: (action) => action.createdAt.toISOString(),
};
