import { assess, untrustedText, type AiRequest, type CoachingGoal, type CoachingInput, type GuardianAssessment } from '@phoenix/ai';
import type { EmotionalTrend } from './trend.js';

/** The latest journal entry the coach may read (from the last 7 days). */
export interface LatestEntry {
  mood: number;
  confidence: number;
  notes: string | null;
}

/** An unfinished goal with its milestone counts. */
export interface GoalSummary {
  title: string;
  targetDate: string;
  milestones: number;
  milestonesDone: number;
}

export interface CoachingMaterial {
  message?: string | undefined;
  targetOccupation?: string | undefined;
  latest?: LatestEntry | undefined;
  goals: readonly GoalSummary[];
  trend: EmotionalTrend;
  /** The user's local date, `YYYY-MM-DD`. */
  today: string;
}

/** The coach's request, or why the user's own words were refused. */
export type CoachingRequest =
  | { ok: true; request: AiRequest & { task: 'rise.coach' }; variant: string | undefined; droppedStoredTexts: number }
  | { ok: false; assessment: GuardianAssessment };

const MAX_GOALS = 5;

const RISK_FOR_MODEL = { LOW: 'low', MODERATE: 'moderate', HIGH: 'high' } as const;

function coachingGoals(goals: readonly GoalSummary[]): CoachingGoal[] {
  return [...goals]
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
    .slice(0, MAX_GOALS)
    .map((goal) => ({
      title: goal.title,
      targetDate: goal.targetDate,
      ...(goal.milestones > 0 ? { progress: goal.milestonesDone / goal.milestones } : {}),
    }));
}

/**
 * The `rise.coach` request from what Rise knows: the latest entry, the unfinished goals (nearest
 * deadline first), the trend, the user's message and the consented context. The message and
 * context are the user's words of now: an injection attempt in them refuses the request. Stored
 * notes and goal titles written earlier are left out instead when the guardian would block them,
 * so an old entry never locks the coach. A worrying trend asks for the `reflective` variant
 * (listen first, then one small step); otherwise the router chooses.
 */
export function buildCoachingRequest(material: CoachingMaterial, options: { blockAt: number }): CoachingRequest {
  const spoken = [material.message, material.targetOccupation].filter(Boolean).join('\n');
  const spokenAssessment = assess(spoken, options);
  if (spokenAssessment.blocked) return { ok: false, assessment: spokenAssessment };

  const isSafe = (text: string) => !assess(text, options).blocked;
  const storedNotes = material.latest?.notes ?? undefined;
  const notesKept = storedNotes !== undefined && isSafe(storedNotes) ? storedNotes : undefined;
  const safeGoals = material.goals.filter((goal) => isSafe(goal.title));
  const goals = coachingGoals(safeGoals);
  const dropped = (storedNotes !== undefined && notesKept === undefined ? 1 : 0) + (material.goals.length - safeGoals.length);

  const { trend } = material;
  const notes = [material.message, notesKept].filter(Boolean).join('\n\n');
  const input: CoachingInput = {
    ...(material.latest ? { mood: material.latest.mood, confidence: material.latest.confidence } : {}),
    ...(notes ? { notes } : {}),
    ...(goals.length > 0 ? { goals } : {}),
    trend: {
      ...(trend.moodAverage7d !== null ? { moodAverage7d: Math.round(trend.moodAverage7d * 10) / 10 } : {}),
      ...(trend.confidenceChange30d !== null ? { confidenceChange30d: Math.round(trend.confidenceChange30d) } : {}),
      ...(trend.burnoutRisk !== 'UNKNOWN' ? { burnoutRisk: RISK_FOR_MODEL[trend.burnoutRisk] } : {}),
    },
    ...(material.targetOccupation ? { targetOccupation: material.targetOccupation } : {}),
    today: material.today,
  };
  const request = { task: 'rise.coach' as const, input };
  // Pieces that pass alone can still add up (personal data raises the risk): check the whole.
  const whole = assess(untrustedText(request), options);
  if (whole.blocked) return { ok: false, assessment: whole };
  const variant = trend.burnoutRisk === 'HIGH' || trend.burnoutRisk === 'MODERATE' ? 'reflective' : undefined;
  return { ok: true, request, variant, droppedStoredTexts: dropped };
}
