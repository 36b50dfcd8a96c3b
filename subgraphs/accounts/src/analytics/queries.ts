import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@phoenix/db';
import { FUNNEL_STEPS, type FunnelStep } from './funnel-touch.js';

export interface FunnelStepCount {
  step: FunnelStep;
  count: number;
  /** Share of the previous step's people who reached this one; null for the first step or an empty previous step. */
  conversionFromPrevious: number | null;
}

/**
 * The funnel of the people who entered it (first visit, or sign-up without a recorded
 * visit) in [from, to): how many reached each step, whenever they reached it.
 */
export async function funnelBetween(db: Database, from: Date, to: Date): Promise<FunnelStepCount[]> {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select count(visited_at)::int as visit, count(scored_at)::int as aube_score, count(registered_at)::int as sign_up,
               count(first_letter_at)::int as letter, count(checkout_at)::int as checkout, count(subscribed_at)::int as subscription
        from accounts.funnel_people
        where coalesce(visited_at, registered_at) >= ${from.toISOString()}::timestamptz and coalesce(visited_at, registered_at) < ${to.toISOString()}::timestamptz`,
  );
  return FUNNEL_STEPS.map((step, index) => {
    const count = row?.[step] ?? 0;
    const previous = index === 0 ? undefined : (row?.[FUNNEL_STEPS[index - 1] as FunnelStep] ?? 0);
    return { step, count, conversionFromPrevious: previous ? count / previous : null };
  });
}

export const RETENTION_DAYS = [30, 60, 90] as const;

export interface CohortRetention {
  /** Month of sign-up, `YYYY-MM` (UTC). */
  period: string;
  size: number;
  points: { day: number; eligible: number; retained: number; rate: number | null }[];
}

/**
 * Sign-up cohorts by month in [from, to), with retention at 30/60/90 days: a user is
 * retained at N days when they were active on or after day N; only users whose N-th day
 * has passed by `asOf` are eligible.
 */
export async function cohortsBetween(db: Database, from: Date, to: Date, asOf: Date = new Date()): Promise<CohortRetention[]> {
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select to_char(date_trunc('month', p.registered_at at time zone 'UTC'), 'YYYY-MM') as period,
               count(*)::int as size,
               ${sql.join(
                 RETENTION_DAYS.map(
                   (days) => sql`count(*) filter (where p.registered_at + make_interval(days => ${days}) <= ${asOf.toISOString()}::timestamptz)::int as ${sql.raw(`eligible_${days}`)},
               count(*) filter (where p.registered_at + make_interval(days => ${days}) <= ${asOf.toISOString()}::timestamptz and exists (
                 select 1 from accounts.user_activity_days a
                 where a.user_id = p.user_id and a.day >= ((p.registered_at at time zone 'UTC')::date + ${days}::int)))::int as ${sql.raw(`retained_${days}`)}`,
                 ),
                 sql`, `,
               )}
        from accounts.funnel_people p
        where p.user_id is not null and p.registered_at >= ${from.toISOString()}::timestamptz and p.registered_at < ${to.toISOString()}::timestamptz
        group by 1 order by 1`,
  );
  return rows.map((row) => ({
    period: String(row.period),
    size: Number(row.size),
    points: RETENTION_DAYS.map((day) => {
      const eligible = Number(row[`eligible_${day}`]);
      const retained = Number(row[`retained_${day}`]);
      return { day, eligible, retained, rate: eligible > 0 ? retained / eligible : null };
    }),
  }));
}
