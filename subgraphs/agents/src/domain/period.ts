import { badUserInput } from '@phoenix/errors';
import type { Period } from '../flywheel/usage-store.js';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

function parseDate(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badUserInput(`${field} is not a date-time.`, { field });
  return date;
}

/** The reporting period from optional ISO bounds: the last 30 days by default, at most 366 days. */
export function reportingPeriod(from: string | null | undefined, to: string | null | undefined, now: Date = new Date()): Period {
  const end = to ? parseDate(to, 'to') : now;
  const start = from ? parseDate(from, 'from') : new Date(end.getTime() - 30 * DAY_MS);
  if (start >= end) throw badUserInput('from must be before to.', { field: 'from' });
  if (end.getTime() - start.getTime() > MAX_DAYS * DAY_MS) throw badUserInput(`The period may not exceed ${MAX_DAYS} days.`, { field: 'from' });
  return { from: start, to: end };
}
