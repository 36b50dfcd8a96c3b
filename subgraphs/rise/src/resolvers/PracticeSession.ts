import type { PracticeSessionResolvers } from '../__generated__/resolvers-types.js';

export const PracticeSession: PracticeSessionResolvers = {
  createdAt: (session) => session.createdAt.toISOString(),
};
