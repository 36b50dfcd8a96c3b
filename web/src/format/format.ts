const wholeEuros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
const shortDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short' });
const dateTime = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** A price as French readers write it: `9,99 €`, and `0 €` rather than `0,00 €`. */
export function formatEuros(amount: number): string {
  return Number.isInteger(amount) ? wholeEuros.format(amount) : euros.format(amount);
}

/** French writes the first day of a month as an ordinal: « 1er mars ». */
const firstOfMonth = (text: string) => text.replace(/^1 /, '1er ');

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2026-03-12T09:30:00.000Z` → `12 mars 2026`; undefined when the value is not a date. */
export function formatDate(iso: string): string | undefined {
  const date = parse(iso);
  return date && firstOfMonth(longDate.format(date));
}

/** `12 mars` (chart axes). */
export function formatShortDate(iso: string): string | undefined {
  const date = parse(iso);
  return date && shortDate.format(date);
}

/** `12 mars à 10:30`. */
export function formatDateTime(iso: string): string | undefined {
  const date = parse(iso);
  return date && firstOfMonth(dateTime.format(date));
}

/** `10:30:05`, for things that change by the second. */
export function formatTime(iso: string): string | undefined {
  const date = parse(iso);
  return date && time.format(date);
}

/** A local calendar day `2026-03-12` → `12 mars 2026`, read as that day wherever the browser is. */
export function formatDay(day: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return firstOfMonth(longDate.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** `1 234,5`: at most one decimal. */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** `0.375` → `37,5 %`. */
export function formatPercent(ratio: number): string {
  return percent.format(ratio);
}

/** `3 lettres`, `1 lettre`, with the non-breaking space French puts between a number and its unit. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)}\u00a0${Math.abs(count) >= 2 ? many : one}`;
}

/** Today in the browser's time zone, as `YYYY-MM-DD`. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
