import type { Tier } from '@phoenix/context-token';
import { monthPeriod, planFor } from '@phoenix/plans';

/** The calendar month a letter counts in, in the quota's time zone. */
export interface QuotaPeriod {
  /** `YYYY-MM`. */
  month: string;
  startsAt: Date;
  /** Start of the next month: when the count goes back to 0. */
  resetsAt: Date;
}

/** Letters per calendar month of a tier's plan; null means unlimited. */
export function monthlyLetterLimit(tier: Tier): number | null {
  return planFor(tier).quotas.lettersPerMonth;
}

/** The calendar month containing `now` in `timeZone` (Europe/Paris for French users). */
export function quotaPeriod(now: Date, timeZone: string): QuotaPeriod {
  const { key, start, resetsAt } = monthPeriod(now, timeZone);
  return { month: key, startsAt: start, resetsAt };
}
