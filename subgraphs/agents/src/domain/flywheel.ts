import { posteriorMean, probabilityBest, PROMPT_VARIANTS, ratingReward, seededRandom, type AiTask, type BanditArm } from '@phoenix/ai';
import type { QualityRow, VariantRatingRow } from '../flywheel/usage-store.js';

export interface QualityStats {
  provider: string;
  variant: string | null;
  completions: number;
  averageGrounding: number | null;
  averageLatencyMs: number;
  fallbacks: number;
  feedbackCount: number;
  averageRating: number | null;
}

export interface VariantArm {
  variant: string;
  feedbackCount: number;
  averageRating: number | null;
  posteriorMean: number;
  probabilityBest: number;
}

/** Flywheel statistics of one task, as `AiTaskQuality` serves them. */
export interface TaskQuality {
  task: string;
  completions: number;
  breakdown: QualityStats[];
  variants: VariantArm[];
  bestVariant: string | null;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

function knownVariants(task: string): readonly string[] {
  return Object.hasOwn(PROMPT_VARIANTS, task) ? PROMPT_VARIANTS[task as AiTask] : [];
}

/**
 * The bandit's view of one task: each variant (the task's declared variants and any seen in
 * the data) as a Beta-Bernoulli arm whose rewards are the ratings mapped to 0–1, with its
 * probability of being the best estimated by Thompson sampling under a seeded generator, so
 * the same data always gives the same report.
 */
export function variantArms(task: string, ratings: readonly VariantRatingRow[], seed: number): VariantArm[] {
  const own = ratings.filter((r) => r.task === task);
  const names = [...new Set([...knownVariants(task), ...own.map((r) => r.variant)])];
  const arms: (BanditArm & { ratings: number[] })[] = names.map((variant) => {
    const values = own.find((r) => r.variant === variant)?.ratings ?? [];
    const successes = values.reduce((sum, rating) => sum + ratingReward(rating), 0);
    return { variant, successes, failures: values.length - successes, ratings: values };
  });
  const chances = probabilityBest(arms, seededRandom(seed), 4000);
  return arms.map((arm) => ({
    variant: arm.variant,
    feedbackCount: arm.ratings.length,
    averageRating: arm.ratings.length > 0 ? round(arm.ratings.reduce((a, b) => a + b, 0) / arm.ratings.length, 2) : null,
    posteriorMean: round(posteriorMean(arm)),
    probabilityBest: round(chances.get(arm.variant) ?? 0, 3),
  }));
}

/** Flywheel statistics per task: breakdown by provider and variant, bandit arms, favoured variant. */
export function taskQuality(rows: readonly QualityRow[], ratings: readonly VariantRatingRow[], seed: number): TaskQuality[] {
  const tasks = [...new Set(rows.map((r) => r.task))];
  return tasks.map((task) => {
    const own = rows.filter((r) => r.task === task);
    const variants = variantArms(task, ratings, seed);
    const rated = variants.some((v) => v.feedbackCount > 0);
    const best = rated ? [...variants].sort((a, b) => b.probabilityBest - a.probabilityBest)[0] : undefined;
    return {
      task,
      completions: own.reduce((sum, r) => sum + r.completions, 0),
      breakdown: own.map((r) => ({
        provider: r.provider,
        variant: r.variant,
        completions: r.completions,
        averageGrounding: r.averageGrounding === null ? null : round(r.averageGrounding),
        averageLatencyMs: round(r.averageLatencyMs, 1),
        fallbacks: r.fallbacks,
        feedbackCount: r.feedbackCount,
        averageRating: r.feedbackCount > 0 ? round(r.ratingSum / r.feedbackCount, 2) : null,
      })),
      variants,
      bestVariant: best?.variant ?? null,
    };
  });
}
