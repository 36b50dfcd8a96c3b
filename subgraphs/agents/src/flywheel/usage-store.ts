import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { completions, feedback } from '../db/schema.js';

/** A reporting period, `from` included, `to` excluded. */
export interface Period {
  from: Date;
  to: Date;
}

/** Completions of one provider and model over a period. */
export interface ModelUsageRow {
  provider: string;
  model: string;
  completions: number;
  tokensIn: number;
  tokensOut: number;
  latencyMsSum: number;
  fallbacks: number;
}

/** Quality of one task for one provider and variant over a period. */
export interface QualityRow {
  task: string;
  provider: string;
  variant: string | null;
  completions: number;
  averageGrounding: number | null;
  averageLatencyMs: number;
  fallbacks: number;
  feedbackCount: number;
  ratingSum: number;
}

/** Ratings of one task and variant over a period (any provider): the bandit's input. */
export interface VariantRatingRow {
  task: string;
  variant: string;
  ratings: number[];
}

const inPeriod = (period: Period) => and(gte(completions.occurredAt, period.from), lt(completions.occurredAt, period.to));

/** Token, latency and fallback totals per provider and model. */
export async function usageByModel(db: Database, period: Period): Promise<ModelUsageRow[]> {
  return db
    .select({
      provider: completions.provider,
      model: completions.model,
      completions: sql<number>`count(*)::int`,
      tokensIn: sql<number>`coalesce(sum(${completions.tokensIn}), 0)::float8`,
      tokensOut: sql<number>`coalesce(sum(${completions.tokensOut}), 0)::float8`,
      latencyMsSum: sql<number>`coalesce(sum(${completions.latencyMs}), 0)::float8`,
      fallbacks: sql<number>`count(${completions.fallbackReason})::int`,
    })
    .from(completions)
    .where(inPeriod(period))
    .groupBy(completions.provider, completions.model)
    .orderBy(completions.provider, completions.model);
}

/** Quality and feedback per task, provider and variant; ratings joined by completion. */
export async function qualityByTask(db: Database, period: Period): Promise<QualityRow[]> {
  const rated = db
    .select({ completionId: feedback.completionId, count: sql<number>`count(*)::int`.as('count'), sum: sql<number>`sum(${feedback.rating})::int`.as('sum') })
    .from(feedback)
    .groupBy(feedback.completionId)
    .as('rated');
  return db
    .select({
      task: completions.task,
      provider: completions.provider,
      variant: completions.variant,
      completions: sql<number>`count(*)::int`,
      averageGrounding: sql<number | null>`avg(${completions.grounding})::float8`,
      averageLatencyMs: sql<number>`avg(${completions.latencyMs})::float8`,
      fallbacks: sql<number>`count(${completions.fallbackReason})::int`,
      feedbackCount: sql<number>`coalesce(sum(${rated.count}), 0)::int`,
      ratingSum: sql<number>`coalesce(sum(${rated.sum}), 0)::int`,
    })
    .from(completions)
    .leftJoin(rated, eq(rated.completionId, completions.completionId))
    .where(inPeriod(period))
    .groupBy(completions.task, completions.provider, completions.variant)
    .orderBy(completions.task, completions.provider, completions.variant);
}

/** Every rating of each task and variant over a period. */
export async function ratingsByVariant(db: Database, period: Period): Promise<VariantRatingRow[]> {
  const rows = await db
    .select({ task: completions.task, variant: completions.variant, rating: feedback.rating })
    .from(feedback)
    .innerJoin(completions, eq(completions.completionId, feedback.completionId))
    .where(inPeriod(period));
  const byKey = new Map<string, VariantRatingRow>();
  for (const row of rows) {
    if (!row.variant) continue;
    const key = `${row.task}\u0000${row.variant}`;
    const entry = byKey.get(key) ?? { task: row.task, variant: row.variant, ratings: [] };
    entry.ratings.push(row.rating);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
