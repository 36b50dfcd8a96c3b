import { detectInjection, type InjectionFamily, type InjectionFinding } from './injection.js';
import { detectPii, type PiiFinding, type PiiKind } from '@phoenix/logger';
import { detectSpecialCategories, type SpecialCategory } from './special-categories.js';

export type RiskLevel = 'low' | 'medium' | 'high';

/** What the guardian found in a text and what it decided. */
export interface GuardianAssessment {
  /** 0–100. */
  risk: number;
  level: RiskLevel;
  /** True when the text must not reach any provider. */
  blocked: boolean;
  injections: InjectionFinding[];
  /** Distinct injection families, in detection order. */
  families: InjectionFamily[];
  pii: PiiFinding[];
  specialCategories: SpecialCategory[];
}

export interface GuardianOptions {
  /** Risk at or above which an input with an injection attempt is blocked; default 60. */
  blockAt?: number;
}

// Role play alone stays below the block line: "joue le rôle d'un recruteur" is a legitimate
// interview rehearsal. The other families are attacks on the assistant itself.
export const FAMILY_WEIGHTS: Readonly<Record<InjectionFamily, number>> = {
  jailbreak: 80,
  instruction_override: 70,
  prompt_extraction: 60,
  delimiter_injection: 60,
  role_play: 40,
};

// Identity and bank numbers weigh more than contact details, which every CV carries.
export const PII_WEIGHTS: Readonly<Record<PiiKind, number>> = { email: 3, phone: 3, ip: 3, nir: 10, iban: 10, card: 10 };

/** How the parts add up to the risk (exported for the AI transparency statement). */
export const RISK_SCORING = {
  /** Added per injection family beyond the heaviest. */
  furtherFamily: 10,
  /** Most that personal data can add. */
  piiCap: 30,
  /** Added per special category. */
  specialCategory: 10,
  /** Most that special categories can add. */
  specialCategoryCap: 20,
  /** Risk from which the level is `medium` (below the block line). */
  mediumFrom: 30,
  defaultBlockAt: 60,
} as const;

/**
 * Scores a text for prompt injection, personal data and special categories of data. The
 * risk is the heaviest injection family plus 10 per further family, plus up to 30 for
 * personal data and up to 20 for special categories. Only input with an injection attempt is
 * ever blocked: a CV full of contact details is normal, and is redacted rather than refused.
 */
export function assess(text: string, options: GuardianOptions = {}): GuardianAssessment {
  const blockAt = options.blockAt ?? RISK_SCORING.defaultBlockAt;
  const injections = detectInjection(text);
  const families = [...new Set(injections.map((finding) => finding.family))];
  const pii = detectPii(text);
  const specialCategories = detectSpecialCategories(text);

  const injectionScore = families.length === 0 ? 0 : Math.max(...families.map((f) => FAMILY_WEIGHTS[f])) + RISK_SCORING.furtherFamily * (families.length - 1);
  const piiScore = Math.min(RISK_SCORING.piiCap, [...new Set(pii.map((f) => f.kind))].reduce((sum, kind) => sum + PII_WEIGHTS[kind], 0));
  const specialScore = Math.min(RISK_SCORING.specialCategoryCap, RISK_SCORING.specialCategory * specialCategories.length);
  const risk = Math.min(100, injectionScore + piiScore + specialScore);
  const level: RiskLevel = risk >= blockAt ? 'high' : risk >= RISK_SCORING.mediumFrom ? 'medium' : 'low';
  return { risk, level, blocked: families.length > 0 && risk >= blockAt, injections, families, pii, specialCategories };
}
