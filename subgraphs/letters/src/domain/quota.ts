import type { Tier } from '@phoenix/context-token';
import { planFor } from '@phoenix/plans';

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

function zonedParts(instant: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') };
}

// Local wall time minus UTC, in milliseconds, at that instant.
function offsetAt(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

// The instant of local midnight on the first day of a month; DST never changes at midnight in
// Europe, so one correction of the offset is exact.
function startOfMonth(year: number, monthIndex: number, timeZone: string): Date {
  const wall = Date.UTC(year, monthIndex, 1);
  const guess = new Date(wall - offsetAt(new Date(wall), timeZone));
  return new Date(wall - offsetAt(guess, timeZone));
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar month containing `now` in `timeZone` (Europe/Paris for French users). */
export function quotaPeriod(now: Date, timeZone: string): QuotaPeriod {
  const { year, month } = zonedParts(now, timeZone);
  return {
    month: `${year}-${String(month).padStart(2, '0')}`,
    startsAt: startOfMonth(year, month - 1, timeZone),
    resetsAt: startOfMonth(year, month, timeZone),
  };
}
