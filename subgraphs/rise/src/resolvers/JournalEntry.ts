import type { JournalEntryResolvers } from '../__generated__/resolvers-types.js';

export const JournalEntry: JournalEntryResolvers = {
  createdAt: (entry) => entry.createdAt.toISOString(),
};
