import { badUserInput } from '@phoenix/errors';
import type { AubeContext } from './aube.js';

/** DOMAIN.md: offers and CVs of 50 to 50,000 characters. */
export const TEXT_LIMITS = { min: 50, max: 50_000 } as const;
const SHORT_TEXT_MAX = 200;
const LIST_MAX = 10;
const ITEM_MAX = 100;

/** A career change as letters stores it. */
export interface CareerChange {
  previousDomain: string;
  newDomain: string;
  transferableSkills: string[];
  yearsOfExperience: number | null;
}

/** A long text (CV, offer, letter): trimmed, 50–50,000 characters, else BAD_USER_INPUT naming the field. */
export function longText(field: string, value: string): string {
  const text = value.trim();
  if (text.length < TEXT_LIMITS.min || text.length > TEXT_LIMITS.max) {
    throw badUserInput(`${field} must be ${TEXT_LIMITS.min} to ${TEXT_LIMITS.max.toLocaleString('en')} characters (got ${text.length}).`, { field });
  }
  return text;
}

/** A short text (job title, company): trimmed, 1–`max` characters. */
export function shortText(field: string, value: string, max = SHORT_TEXT_MAX): string {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > max) throw badUserInput(`${field} must be 1 to ${max} characters.`, { field });
  return text;
}

/** A list of short texts: at most 10 items of 1–100 characters each. */
export function shortList(field: string, values: readonly string[] | null | undefined): string[] {
  const items = (values ?? []).map((value) => shortText(field, value, ITEM_MAX));
  if (items.length > LIST_MAX) throw badUserInput(`${field} has at most ${LIST_MAX} items.`, { field });
  return items;
}

function integer(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(`${field} must be an integer from ${min} to ${max}.`, { field });
  return value;
}

/** The career-change fields, checked; null when absent. */
export function careerChangeInput(
  input: { previousDomain: string; newDomain: string; transferableSkills?: readonly string[] | null; yearsOfExperience?: number | null } | null | undefined,
): CareerChange | null {
  if (!input) return null;
  return {
    previousDomain: shortText('careerChange.previousDomain', input.previousDomain),
    newDomain: shortText('careerChange.newDomain', input.newDomain),
    transferableSkills: shortList('careerChange.transferableSkills', input.transferableSkills),
    yearsOfExperience: input.yearsOfExperience == null ? null : integer('careerChange.yearsOfExperience', input.yearsOfExperience, 0, 60),
  };
}

/** The Aube context the client passed, checked; undefined when absent. */
export function aubeContextInput(
  input: { occupationCode?: string | null; occupationTitle: string; resilienceScore?: number | null; skills?: readonly string[] | null } | null | undefined,
): AubeContext | undefined {
  if (!input) return undefined;
  const code = input.occupationCode?.trim();
  if (code !== undefined && !/^[A-Z]\d{4}$/.test(code)) throw badUserInput('aubeContext.occupationCode must be a ROME code such as M1805.', { field: 'aubeContext.occupationCode' });
  return {
    occupationTitle: shortText('aubeContext.occupationTitle', input.occupationTitle),
    ...(code !== undefined ? { occupationCode: code } : {}),
    ...(input.resilienceScore != null ? { resilienceScore: integer('aubeContext.resilienceScore', input.resilienceScore, 0, 100) } : {}),
    skills: shortList('aubeContext.skills', input.skills),
  };
}
