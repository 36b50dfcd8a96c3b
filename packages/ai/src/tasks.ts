/** Letter tones of DOMAIN.md. */
export type Tone = 'formel' | 'dynamique' | 'sobre' | 'creatif' | 'startup' | 'associatif';

/** Iris conversation topics of DOMAIN.md. */
export type IrisTopic = 'reconversion' | 'cv' | 'lettre_motivation' | 'entretien' | 'strategie_carriere';

/** Input of a cover letter (Letters). */
export interface LetterInput {
  cvText: string;
  offerText: string;
  jobTitle: string;
  company: string;
  tone: Tone;
  candidateName?: string;
  /** Career change: the domain left, the domain targeted, the skills carried over. */
  previousDomain?: string;
  newDomain?: string;
  transferableSkills?: string[];
  yearsOfExperience?: number;
}

/** A goal as Rise keeps it. */
export interface CoachingGoal {
  title: string;
  /** ISO date (YYYY-MM-DD). */
  targetDate?: string;
  /** 0–1. */
  progress?: number;
}

/** Input of a coaching message (Rise). */
export interface CoachingInput {
  firstName?: string;
  /** 1–10. */
  mood?: number;
  /** 1–10. */
  confidence?: number;
  notes?: string;
  goals?: CoachingGoal[];
  trend?: {
    moodAverage7d?: number;
    /** Change of confidence over 30 days, in points. */
    confidenceChange30d?: number;
    burnoutRisk?: 'low' | 'moderate' | 'high';
  };
  targetOccupation?: string;
  /** ISO date the message is written for; makes deadlines countable without a clock. */
  today?: string;
}

/** An occupation of the Aube catalogue, as the caller knows it. */
export interface OccupationContext {
  code: string;
  title: string;
  /** 0–100, 100 = very resistant to automation. */
  resilienceScore?: number;
  skills?: string[];
}

/** Input of an assistant reply (Iris). */
export interface AssistantInput {
  topic: IrisTopic;
  message: string;
  history?: { role: 'user' | 'assistant'; text: string }[];
  /** Context from the user's other apps, present only with the `cross_app_context` consent. */
  context?: {
    firstName?: string;
    occupation?: OccupationContext;
    targetOccupations?: string[];
    skills?: string[];
    lettersWritten?: number;
    /** Rise's emotional trend: mood average over 7 days (1–10), confidence change over 30 days (points). */
    trend?: { moodAverage7d?: number; confidenceChange30d?: number };
  };
}

/** Every AI task, discriminated by its name (the `task` of `ai.completion_recorded`). */
export type AiRequest =
  | { task: 'letters.generate'; input: LetterInput }
  | { task: 'rise.coach'; input: CoachingInput }
  | { task: 'iris.reply'; input: AssistantInput };

export type AiTask = AiRequest['task'];

export const AI_TASKS: readonly AiTask[] = ['letters.generate', 'rise.coach', 'iris.reply'];

/** Prompt variants under test per task; the first is the default. */
export const PROMPT_VARIANTS: Readonly<Record<AiTask, readonly [string, ...string[]]>> = {
  'letters.generate': ['motivation-first', 'achievement-first'],
  'rise.coach': ['reflective', 'action-first'],
  'iris.reply': ['guided', 'concise'],
};

/** Output budget per task, in tokens. */
export const MAX_OUTPUT_TOKENS: Readonly<Record<AiTask, number>> = {
  'letters.generate': 900,
  'rise.coach': 400,
  'iris.reply': 500,
};

/**
 * The free text of a request that comes from users or third parties (CV, offer, notes,
 * messages): what the guardian inspects and what grounding is measured against.
 */
export function untrustedText(request: AiRequest): string {
  switch (request.task) {
    case 'letters.generate': {
      const { cvText, offerText, jobTitle, company, candidateName, previousDomain, newDomain, transferableSkills } = request.input;
      return [cvText, offerText, jobTitle, company, candidateName, previousDomain, newDomain, ...(transferableSkills ?? [])].filter(Boolean).join('\n');
    }
    case 'rise.coach': {
      const { notes, goals, targetOccupation, firstName } = request.input;
      return [firstName, notes, targetOccupation, ...(goals ?? []).map((g) => g.title)].filter(Boolean).join('\n');
    }
    case 'iris.reply': {
      const { message, history } = request.input;
      return [...(history ?? []).filter((m) => m.role === 'user').map((m) => m.text), message].join('\n');
    }
  }
}
