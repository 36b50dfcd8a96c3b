import { badUserInput } from '@phoenix/errors';
import { publish, type EventPayloads } from '@phoenix/events';
import type { FeedbackReason, MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';

const REASONS: Readonly<Record<FeedbackReason, NonNullable<EventPayloads['ai.feedback_given']['reason']>>> = {
  INACCURATE: 'inaccurate',
  UNHELPFUL: 'unhelpful',
  UNSAFE: 'unsafe',
  OFF_TOPIC: 'off_topic',
  OTHER: 'other',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const Mutation: MutationResolvers = {
  giveFeedback: async (_parent, { completionId, rating, reason }, { principal, db }) => {
    const user = requireUser(principal);
    if (!UUID.test(completionId)) throw badUserInput('completionId is not the id of an AI answer.', { field: 'completionId' });
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badUserInput('rating must be between 1 and 5.', { field: 'rating' });
    // The event is the only write: the flywheel consumer projects it, as it does for other services' events.
    await db.transaction((tx) =>
      publish(tx, {
        type: 'ai.feedback_given',
        source: 'agents',
        payload: {
          completionId: completionId.toLowerCase(),
          userId: user.userId,
          rating,
          ...(reason ? { reason: REASONS[reason] } : {}),
        },
      }),
    );
    return true;
  },
};
