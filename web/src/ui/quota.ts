import { formatDate, formatDateTime, plural } from '../format/format';

export interface Quota {
  used: number;
  /** Null: unlimited. */
  limit?: number | null;
  resetsAt?: string | null;
}

export interface QuotaNoun {
  one: string;
  many: string;
  /** `ce mois-ci`, `aujourd’hui`. */
  period: string;
  /** French agreement of `restante(s)` and `utilisée(s)`. */
  feminine: boolean;
}

/** How much of a quota is left, in one French sentence: `1 lettre restante sur 3 ce mois-ci.` */
export function quotaSummary(quota: Quota, noun: QuotaNoun): string {
  const e = noun.feminine ? 'e' : '';
  if (quota.limit == null) return `Illimité avec votre offre (${plural(quota.used, `${noun.one} utilisé${e}`, `${noun.many} utilisé${e}s`)} ${noun.period}).`;
  const remaining = Math.max(0, quota.limit - quota.used);
  if (remaining === 0) return `Vous avez utilisé ${plural(quota.limit, noun.one, noun.many)} sur ${quota.limit} ${noun.period}.`;
  return `${plural(remaining, `${noun.one} restant${e}`, `${noun.many} restant${e}s`)} sur ${quota.limit} ${noun.period}.`;
}

/** `Renouvellement le 1 juin 2026.` (with the hour when it is within two days), or nothing without a date. */
export function quotaReset(quota: Quota, now = Date.now()): string | undefined {
  if (!quota.resetsAt) return undefined;
  const soon = Date.parse(quota.resetsAt) - now < 2 * 86_400_000;
  const date = soon ? formatDateTime(quota.resetsAt) : formatDate(quota.resetsAt);
  return date && `Renouvellement le ${date}.`;
}

/** True when nothing is left: the action should show the upgrade path instead of failing. */
export function quotaExhausted(quota: Quota): boolean {
  return quota.limit != null && quota.used >= quota.limit;
}
