import { badUserInput } from '@phoenix/errors';
import { addDays, isIsoDate } from '@phoenix/plans';
import { characterCount, cleanText } from './text.js';

/** Limits of what users may write (docs/rise.md). */
export const LIMITS = {
  notes: 5000,
  title: 200,
  milestones: 20,
  message: 2000,
  targetOccupation: 120,
  goalYearsAhead: 10,
  actionDaysAhead: 30,
  practiceSeconds: { min: 10, max: 3 * 60 * 60 },
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID argument, lower-cased; BAD_USER_INPUT naming `field` otherwise. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(`${field} must be a UUID.`, { field });
  return value.toLowerCase();
}

/** True for an id that could be a user id (accounts issues UUIDs). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function scale(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 10) throw badUserInput(`${field} must be a whole number from 1 to 10.`, { field });
  return value;
}

/** Text of 1..max characters after cleaning; `optional` turns empty text into undefined. */
function text(value: string | null | undefined, field: string, max: number, optional: true): string | undefined;
function text(value: string | null | undefined, field: string, max: number, optional: false): string;
function text(value: string | null | undefined, field: string, max: number, optional: boolean): string | undefined {
  const cleaned = value === null || value === undefined ? '' : cleanText(value);
  if (cleaned.length === 0) {
    if (optional) return undefined;
    throw badUserInput(`${field} must not be empty.`, { field });
  }
  if (characterCount(cleaned) > max) throw badUserInput(`${field} must be at most ${max} characters.`, { field });
  return cleaned;
}

/** A journal entry's values. */
export function parseMoodInput(input: { mood: number; confidence: number; notes?: string | null }) {
  return {
    mood: scale(input.mood, 'mood'),
    confidence: scale(input.confidence, 'confidence'),
    notes: text(input.notes, 'notes', LIMITS.notes, true) ?? null,
  };
}

/** A goal's values; `today` is the user's local date. */
export function parseGoalInput(input: { title: string; targetDate: string; milestones?: readonly string[] | null }, today: string) {
  const title = text(input.title, 'title', LIMITS.title, false);
  if (!isIsoDate(input.targetDate)) throw badUserInput('targetDate must be a date written YYYY-MM-DD.', { field: 'targetDate' });
  if (input.targetDate < today) throw badUserInput('targetDate must be today or later.', { field: 'targetDate' });
  if (input.targetDate > addDays(today, LIMITS.goalYearsAhead * 366)) throw badUserInput(`targetDate must be within ${LIMITS.goalYearsAhead} years.`, { field: 'targetDate' });
  const milestones = input.milestones ?? [];
  if (milestones.length > LIMITS.milestones) throw badUserInput(`A goal has at most ${LIMITS.milestones} milestones.`, { field: 'milestones' });
  return { title, targetDate: input.targetDate, milestones: milestones.map((m) => text(m, 'milestones', LIMITS.title, false)) };
}

/** A daily action's values; the day defaults to `today`. */
export function parseActionInput(input: { title: string; day?: string | null; goalId?: string | null }, today: string) {
  const title = text(input.title, 'title', LIMITS.title, false);
  const day = input.day ?? today;
  if (!isIsoDate(day)) throw badUserInput('day must be a date written YYYY-MM-DD.', { field: 'day' });
  if (day < today || day > addDays(today, LIMITS.actionDaysAhead)) throw badUserInput(`day must be between today and ${LIMITS.actionDaysAhead} days ahead.`, { field: 'day' });
  const goalId = input.goalId === null || input.goalId === undefined ? null : requireUuid(input.goalId, 'goalId');
  return { title, day, goalId };
}

/** A day argument (`YYYY-MM-DD`), default `today`. */
export function parseDay(value: string | null | undefined, today: string): string {
  if (value === null || value === undefined) return today;
  if (!isIsoDate(value)) throw badUserInput('day must be a date written YYYY-MM-DD.', { field: 'day' });
  return value;
}

/** A practice session's duration. */
export function parsePracticeDuration(seconds: number): number {
  const { min, max } = LIMITS.practiceSeconds;
  if (!Number.isInteger(seconds) || seconds < min || seconds > max) throw badUserInput(`durationSeconds must be between ${min} and ${max}.`, { field: 'durationSeconds' });
  return seconds;
}

/** The coaching session's message and consented context. */
export function parseCoachingInput(input: { message?: string | null; context?: { targetOccupation?: string | null } | null } | null | undefined) {
  return {
    message: text(input?.message, 'message', LIMITS.message, true),
    targetOccupation: text(input?.context?.targetOccupation, 'targetOccupation', LIMITS.targetOccupation, true),
  };
}

/** An optional page size within [1, max]. */
export function pageSize(value: number | null | undefined, fallback: number, max: number, field = 'first'): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw badUserInput(`${field} must be between 1 and ${max}.`, { field });
  return value;
}
