import { notFound } from '@phoenix/errors';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { requireUser } from '../authz.js';
import { localDate } from '@phoenix/plans';
import { parseActionInput, parseGoalInput, parseMoodInput, parsePracticeDuration, requireUuid } from '../domain/inputs.js';
import { completeAction, insertAction } from '../store/actions.js';
import { completeMilestone, insertGoal } from '../store/goals.js';
import { insertJournalEntry } from '../store/journal.js';
import { insertPracticeSession } from '../store/practice.js';

// Every argument is checked before anything is written: a refused call changes nothing.
export const Mutation: MutationResolvers = {
  logMood: async (_root, { input }, { principal, db, now }) => {
    const user = requireUser(principal);
    return insertJournalEntry(db, { userId: user.userId, ...parseMoodInput(input), createdAt: now });
  },

  setGoal: async (_root, { input }, { principal, db, now, settings }) => {
    const user = requireUser(principal);
    const goal = parseGoalInput(input, localDate(now, settings.timeZone));
    return insertGoal(db, { userId: user.userId, ...goal, createdAt: now });
  },

  completeMilestone: async (_root, { milestoneId }, { principal, db, now }) => {
    const user = requireUser(principal);
    const goal = await completeMilestone(db, user.userId, requireUuid(milestoneId, 'milestoneId'), now);
    if (!goal) throw notFound('No such milestone.');
    return goal;
  },

  planAction: async (_root, { input }, { principal, db, now, settings }) => {
    const user = requireUser(principal);
    const action = parseActionInput(input, localDate(now, settings.timeZone));
    const outcome = await insertAction(db, { userId: user.userId, ...action, createdAt: now });
    if (!outcome.ok) throw notFound('No such goal.');
    return outcome.action;
  },

  completeAction: async (_root, { actionId }, { principal, db, now }) => {
    const user = requireUser(principal);
    const action = await completeAction(db, user.userId, requireUuid(actionId, 'actionId'), now);
    if (!action) throw notFound('No such action.');
    return action;
  },

  logPracticeSession: async (_root, { input }, { principal, db, now }) => {
    const user = requireUser(principal);
    return insertPracticeSession(db, { userId: user.userId, kind: input.kind, durationSeconds: parsePracticeDuration(input.durationSeconds), createdAt: now });
  },

  startCoachingSession: async (_root, { input }, { principal, coach }) => coach.start(requireUser(principal), input),
};
