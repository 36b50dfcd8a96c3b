import { blockedInputError, type AiRouter, type CompleteOptions, type CompletionResult, type RouterEvent } from '@phoenix/ai';
import type { UserPrincipal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import { localDate, monthPeriod, planFor } from '@phoenix/plans';
import type { CoachingSessionRow } from '../db/schema.js';
import { buildCoachingRequest, type GoalSummary, type LatestEntry } from '../domain/coaching-input.js';
import { humanHelpReasons, withHumanHelp } from '../domain/human-help.js';
import { parseCoachingInput } from '../domain/inputs.js';
import { guardCoachReply } from '../domain/medical-guard.js';
import { BURNOUT_RULE, emotionalTrend } from '../domain/trend.js';
import { completeSession, failSession, reserveSession } from '../store/coaching.js';
import { goalsOfUsers, milestonesOfGoals } from '../store/goals.js';
import { entriesSince } from '../store/journal.js';

const DAY_MS = 86_400_000;

export interface CoachingDependencies {
  db: Database;
  ai: AiRouter;
  /** The guardian's block score (`AI_GUARDIAN_BLOCK_SCORE`), so Rise refuses what the router would before counting anything. */
  blockAt: number;
  timeZone: string;
  clock: () => Date;
  logger: Logger;
}

export interface CoachingService {
  start(user: UserPrincipal, input: Parameters<typeof parseCoachingInput>[0]): Promise<CoachingSessionRow>;
}

/** The `QUOTA_EXCEEDED` error of a spent month. */
export function coachingQuotaExceeded(limit: number, resetsAt: Date) {
  return phoenixError('QUOTA_EXCEEDED', `Your plan includes ${limit} coaching sessions per month.`, { limit, resetsAt: resetsAt.toISOString() });
}

/**
 * Reads the router's stream to the end and returns the full reply. A `restart` (the remote
 * model failed mid-answer and `local` starts over) discards the text so far.
 */
export async function collectReply(events: AsyncIterable<RouterEvent>): Promise<{ text: string; result: CompletionResult }> {
  let text = '';
  for await (const event of events) {
    if (event.type === 'delta') text += event.text;
    else if (event.type === 'restart') text = '';
    else return { text, result: event.result };
  }
  throw new Error('the coaching stream ended without a result');
}

async function loadMaterial(db: Database, userId: string, now: Date) {
  const [entries = []] = await entriesSince(db, [userId], new Date(now.getTime() - BURNOUT_RULE.confidenceWindowDays * DAY_MS));
  const trend = emotionalTrend(entries.map((e) => ({ at: e.createdAt, mood: e.mood, confidence: e.confidence })), now);
  const newest = entries.find((e) => e.createdAt.getTime() <= now.getTime());
  const latest: LatestEntry | undefined =
    newest && newest.createdAt.getTime() > now.getTime() - BURNOUT_RULE.moodWindowDays * DAY_MS ? { mood: newest.mood, confidence: newest.confidence, notes: newest.notes } : undefined;
  const [goals = []] = await goalsOfUsers(db, [userId]);
  const open = goals.filter((goal) => !goal.completedAt);
  const milestones = open.length > 0 ? await milestonesOfGoals(db, open.map((goal) => goal.id)) : [];
  const summaries: GoalSummary[] = open.map((goal, i) => ({
    title: goal.title,
    targetDate: goal.targetDate,
    milestones: milestones[i]?.length ?? 0,
    milestonesDone: milestones[i]?.filter((m) => m.completedAt).length ?? 0,
  }));
  return { trend, latest, goals: summaries };
}

/**
 * Coaching sessions: the coach reads the latest entry, the trend and the goals; the session is
 * counted against the month's quota before the coach is asked; the reply is collected from the
 * router's stream, cleared of medical advice, given the human-help notice when the signals call
 * for it, and stored with its events. A coach failure gives the quota unit back.
 */
export function createCoachingService(deps: CoachingDependencies): CoachingService {
  const { db, ai, logger } = deps;
  return {
    async start(user, rawInput) {
      const { message, targetOccupation } = parseCoachingInput(rawInput);
      const now = deps.clock();
      const { trend, latest, goals } = await loadMaterial(db, user.userId, now);
      const built = buildCoachingRequest({ message, targetOccupation, latest, goals, trend, today: localDate(now, deps.timeZone) }, { blockAt: deps.blockAt });
      if (!built.ok) throw blockedInputError(built.assessment);
      const reasons = humanHelpReasons({ burnoutRisk: trend.burnoutRisk, latestMood: latest?.mood, texts: [message, latest?.notes ?? undefined] });

      const period = monthPeriod(now, deps.timeZone);
      const limit = planFor(user.tier).quotas.coachingSessionsPerMonth;
      const reservation = await reserveSession(
        db,
        { userId: user.userId, message: message ?? null, burnoutRisk: trend.burnoutRisk, humanHelpReasons: reasons, quotaPeriod: period.key, startedAt: now },
        limit,
      );
      if (!reservation.ok) throw coachingQuotaExceeded(limit ?? 0, period.resetsAt);
      const { session, startedEventId } = reservation;

      try {
        const options: CompleteOptions = { tier: user.tier, ...(built.variant ? { variant: built.variant } : {}) };
        const { text, result } = await collectReply(ai.stream(built.request, options));
        const guarded = guardCoachReply(text);
        if (guarded.removed > 0) logger.info({ sessionId: session.id, findings: guarded.findings, removed: guarded.removed, blocked: guarded.blocked }, 'medical-advice guard filtered a coach reply');
        if (built.droppedStoredTexts > 0) logger.info({ sessionId: session.id, dropped: built.droppedStoredTexts }, 'stored texts left out of a coaching request by the guardian');
        return await completeSession(db, session, {
          reply: withHumanHelp(guarded.text, reasons),
          record: result.record,
          safetyFiltered: guarded.removed > 0,
          completedAt: deps.clock(),
          messageCount: message ? 2 : 1,
          startedEventId,
        });
      } catch (error) {
        await failSession(db, session, deps.clock()).catch((failure: unknown) =>
          logger.error({ sessionId: session.id, error: (failure as Error).name }, 'could not release a failed coaching session'),
        );
        throw error;
      }
    },
  };
}
