import type { IrisConversationResolvers } from '../__generated__/resolvers-types.js';
import { pageSize } from '../domain/inputs.js';
import { topicOfId } from '../domain/topics.js';

export const IrisConversation: IrisConversationResolvers = {
  topic: (conversation) => topicOfId(conversation.topic),
  messages: (conversation, { first }, { loaders }) => loaders.messages.load({ ownerId: conversation.id, first: pageSize(first, 50, 100) }),
  createdAt: (conversation) => conversation.createdAt.toISOString(),
  lastMessageAt: (conversation) => conversation.lastMessageAt.toISOString(),
};
