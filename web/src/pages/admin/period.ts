import { localDay } from '../../format/format';

export interface Period {
  /** `YYYY-MM-DD`, local days, both included. */
  from: string;
  to: string;
}

/** The last `days` days up to today. */
export function lastDays(days: number, today = new Date()): Period {
  const start = new Date(today);
  start.setDate(start.getDate() - (days - 1));
  return { from: localDay(start), to: localDay(today) };
}

/** The API's half-open [from, to) in UTC instants for local days `from`…`to` included. */
export function periodInstants(period: Period): { from: string; to: string } {
  const [fy, fm, fd] = period.from.split('-').map(Number);
  const [ty, tm, td] = period.to.split('-').map(Number);
  return {
    from: new Date(fy ?? 1970, (fm ?? 1) - 1, fd ?? 1).toISOString(),
    to: new Date(ty ?? 1970, (tm ?? 1) - 1, (td ?? 1) + 1).toISOString(),
  };
}

/** A period the form may send: two valid days, in order, at most `maxDays` apart. */
export function periodError(period: Period, maxDays = 731): string | undefined {
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day));
  if (!valid(period.from) || !valid(period.to)) return 'Choisissez deux dates.';
  if (period.from > period.to) return 'La date de début doit précéder la date de fin.';
  if ((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 > maxDays) return 'Choisissez une période de deux ans au plus.';
  return undefined;
}
