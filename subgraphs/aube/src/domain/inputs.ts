import { z } from 'zod';
import { ENVIRONMENTS, RIASEC, VALUES } from './occupation-profile.js';

const unit = z.number().min(0).max(1);
const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: 'must not repeat a value' });

/** What a person gives to start an exploration, checked before anything is computed or stored. */
export const explorationInputSchema = z.object({
  occupationCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-N]\d{4}$/, 'must be a ROME code such as M1805'),
  yearsOfExperience: z.number().int().min(0).max(60),
  skills: z
    .array(z.string().trim().min(1, 'must not be empty').max(120))
    .max(30)
    .transform((skills) => [...new Set(skills)]),
  values: uniqueList(VALUES),
  environments: uniqueList(ENVIRONMENTS),
  riasec: z.object(Object.fromEntries(RIASEC.map((letter) => [letter, unit])) as Record<(typeof RIASEC)[number], typeof unit>).nullish(),
  bigFive: z
    .object({ openness: unit, conscientiousness: unit, extraversion: unit, agreeableness: unit, neuroticism: unit })
    .nullish(),
  visitorId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _')
    .nullish(),
  utm: z
    .object({ source: z.string().max(200).nullish(), medium: z.string().max(200).nullish(), campaign: z.string().max(200).nullish() })
    .nullish(),
});

export type ExplorationInput = z.infer<typeof explorationInputSchema>;

/** The inputs kept with a signed-in user's exploration (campaign data stays in the event log). */
export type ExplorationInputs = Omit<ExplorationInput, 'visitorId' | 'utm'>;

export type InputCheck = { ok: true; input: ExplorationInput } | { ok: false; field: string; message: string };

/** Validates raw input; the first problem names its field (e.g. `input.skills.3`). */
export function checkExplorationInput(raw: unknown): InputCheck {
  const result = explorationInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  const issue = result.error.issues[0];
  const path = ['input', ...(issue?.path ?? []).map(String)].join('.');
  return { ok: false, field: path, message: `${path} ${issue?.message ?? 'is invalid'}` };
}
