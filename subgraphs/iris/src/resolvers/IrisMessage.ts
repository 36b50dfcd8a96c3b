import type { IrisMessageResolvers } from '../__generated__/resolvers-types.js';
import { topicOfId } from '../domain/topics.js';

export const IrisMessage: IrisMessageResolvers = {
  role: (message) => (message.role === 'user' ? 'USER' : 'ASSISTANT'),
  topic: (message) => topicOfId(message.topic),
  // A reply's text is whole only once completed; until then it streams through irisReply.
  text: (message) => (message.status === 'completed' ? message.text : null),
  status: (message) => message.status.toUpperCase() as 'PENDING' | 'STREAMING' | 'COMPLETED' | 'FAILED',
  reply: async (message, _args, { loaders }) => (message.role === 'user' ? ((await loaders.replyTo.load(message.id)) ?? null) : null),
  inReplyTo: (message) => message.replyTo,
  createdAt: (message) => message.createdAt.toISOString(),
  completedAt: (message) => message.completedAt?.toISOString() ?? null,
};
