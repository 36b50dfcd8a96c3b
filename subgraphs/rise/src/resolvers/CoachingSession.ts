import type { CoachingSessionResolvers, HumanHelpReason } from '../__generated__/resolvers-types.js';
import { HELPLINES, HUMAN_HELP_NOTICE } from '../domain/human-help.js';

export const CoachingSession: CoachingSessionResolvers = {
  humanHelp: (session) =>
    session.humanHelpReasons.length === 0 ? null : { reasons: session.humanHelpReasons as HumanHelpReason[], helplines: [...HELPLINES], notice: HUMAN_HELP_NOTICE },
  startedAt: (session) => session.startedAt.toISOString(),
  completedAt: (session) => session.completedAt?.toISOString() ?? null,
};
