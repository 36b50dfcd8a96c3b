import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';
import { isUuid } from '../domain/inputs.js';
import { TOPICS } from '../domain/topics.js';

export const Query: QueryResolvers = {
  irisTopics: () => [...TOPICS],

  irisConversation: async (_root, { id }, { principal, loaders }) => {
    const user = requireUser(principal);
    const conversation = isUuid(id) ? await loaders.conversationById.load(id.toLowerCase()) : undefined;
    // Someone else's conversation is as absent as one that never existed.
    return conversation?.userId === user.userId ? conversation : null;
  },
};
