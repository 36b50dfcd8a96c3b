import type { Tier } from '@phoenix/context-token';
import { localDate, planFor, zonedMidnight } from '@phoenix/plans';

const DAY_MS = 86_400_000;

/** A quota period: one local day. */
export interface DayPeriod {
  /** `YYYY-MM-DD` in the configured time zone. */
  day: string;
  /** The next local midnight, when the count starts again. */
  resetsAt: Date;
}

/** The local day of `instant` in `timeZone`. */
export function dayPeriod(instant: Date, timeZone: string): DayPeriod {
  const day = localDate(instant, timeZone);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { day, resetsAt: zonedMidnight(year, month, date + 1, timeZone) };
}

/** Messages a tier may send per day (DOMAIN.md); null: unlimited. */
export function dailyMessageLimit(tier: Tier): number | null {
  return planFor(tier).quotas.irisMessagesPerDay;
}

/** Days of conversation history a tier keeps (DOMAIN.md). */
export function contextDays(tier: Tier): number {
  return planFor(tier).quotas.irisContextDays;
}

/** The oldest instant a tier's history still reaches at `now`. */
export function historyCutoff(tier: Tier, now: Date): Date {
  return new Date(now.getTime() - contextDays(tier) * DAY_MS);
}
