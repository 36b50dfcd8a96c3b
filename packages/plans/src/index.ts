import type { Tier } from '@phoenix/context-token';

/** Usage limits of a plan; `null` means unlimited. */
export interface PlanQuotas {
  lettersPerMonth: number | null;
  irisMessagesPerDay: number | null;
  irisContextDays: number;
  coachingSessionsPerMonth: number | null;
}

export interface PlanDefinition {
  tier: Tier;
  name: string;
  /** Monthly price in euro cents, VAT included; integer so sums never drift. */
  priceMonthlyCents: number;
  quotas: PlanQuotas;
  features: readonly string[];
}

const EXPLORATION_FEATURES = ['aube.exploration', 'aube.resilience_score', 'aube.explanations', 'aube.trust_report'];
const PREMIUM_FEATURES = ['letters.ats', 'letters.mirror_match', 'letters.coach'];

/**
 * The plan catalog of DOMAIN.md: the single source of truth for prices and quotas, read by
 * billing (which serves it) and by every subgraph that enforces a quota.
 */
export const PLAN_CATALOG: readonly PlanDefinition[] = Object.freeze([
  {
    tier: 'FREE',
    name: 'Gratuit',
    priceMonthlyCents: 0,
    quotas: { lettersPerMonth: 3, irisMessagesPerDay: 5, irisContextDays: 1, coachingSessionsPerMonth: 2 },
    features: EXPLORATION_FEATURES,
  },
  {
    tier: 'PREMIUM',
    name: 'Premium',
    priceMonthlyCents: 999,
    quotas: { lettersPerMonth: 50, irisMessagesPerDay: 50, irisContextDays: 7, coachingSessionsPerMonth: null },
    features: [...EXPLORATION_FEATURES, ...PREMIUM_FEATURES],
  },
  {
    tier: 'PREMIUM_PLUS',
    name: 'Premium Plus',
    priceMonthlyCents: 1599,
    quotas: { lettersPerMonth: null, irisMessagesPerDay: null, irisContextDays: 30, coachingSessionsPerMonth: null },
    features: [...EXPLORATION_FEATURES, ...PREMIUM_FEATURES],
  },
]);

/** The plan of a tier. Every tier has exactly one plan. */
export function planFor(tier: Tier): PlanDefinition {
  const plan = PLAN_CATALOG.find((p) => p.tier === tier);
  if (!plan) throw new Error(`No plan for tier ${tier}`);
  return plan;
}

export function isPaidTier(tier: Tier): boolean {
  return planFor(tier).priceMonthlyCents > 0;
}
export * from './calendar.js';
