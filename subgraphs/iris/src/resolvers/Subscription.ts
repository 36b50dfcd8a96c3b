import type { SubscriptionResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';
import type { ReplyChunk } from '../domain/chunks.js';
import { requireUuid } from '../domain/inputs.js';
import { conversationNotFound } from '../services/send.js';
import { conversationOf } from '../store/conversations.js';

export const Subscription: SubscriptionResolvers = {
  irisReply: {
    // Refusals happen here, before any event: the subscriber gets the error and no stream.
    subscribe: async (_root, { conversationId }, { principal, db, services }) => {
      const user = requireUser(principal);
      const conversation = await conversationOf(db, requireUuid(conversationId, 'conversationId'), user.userId);
      if (!conversation) throw conversationNotFound();
      return services.replies(conversation);
    },
    resolve: (chunk: ReplyChunk) => chunk,
  },
};
