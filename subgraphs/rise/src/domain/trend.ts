const DAY_MS = 86_400_000;

/** One journal entry as the trend reads it. */
export interface MoodPoint {
  at: Date;
  mood: number;
  confidence: number;
}

export type BurnoutRisk = 'LOW' | 'MODERATE' | 'HIGH' | 'UNKNOWN';
export type BurnoutSignal = 'LOW_MOOD' | 'VERY_LOW_MOOD' | 'FALLING_CONFIDENCE' | 'VOLATILE_MOOD';

/** The emotional trend of one user's journal at one instant. */
export interface EmotionalTrend {
  moodAverage7d: number | null;
  moodVolatility7d: number | null;
  entries7d: number;
  /** Confidence points per day, least squares over 30 days. */
  confidenceSlope30d: number | null;
  /** The slope times 30. */
  confidenceChange30d: number | null;
  entries30d: number;
  burnoutRisk: BurnoutRisk;
  signals: BurnoutSignal[];
  computedAt: Date;
}

/**
 * The burnout rule's thresholds (docs/rise.md). A transparent heuristic on the user's own
 * entries, not a clinical instrument: it only decides how the coach speaks and whether it
 * points to human help.
 */
export const BURNOUT_RULE = {
  moodWindowDays: 7,
  confidenceWindowDays: 30,
  /** Entries needed in the mood window for a risk other than UNKNOWN, and for the volatility. */
  minMoodEntries: 3,
  /** Entries, and days between the first and last of them, needed for a confidence slope. */
  minSlopeEntries: 3,
  minSlopeSpanDays: 7,
  lowMoodAverage: 5,
  veryLowMoodAverage: 3.5,
  /** Points per day; −0.1 is three points lost in a month. */
  fallingSlope: -0.1,
  volatileStdDev: 2,
  moderateScore: 2,
  highScore: 3,
} as const;

const SIGNAL_POINTS: Readonly<Record<BurnoutSignal, number>> = { LOW_MOOD: 1, VERY_LOW_MOOD: 2, FALLING_CONFIDENCE: 1, VOLATILE_MOOD: 1 };

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/** Least-squares slope of `y` against `x`; null when every `x` is the same. */
export function leastSquaresSlope(points: readonly { x: number; y: number }[]): number | null {
  if (points.length < 2) return null;
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  if (sxx === 0) return null;
  return points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0) / sxx;
}

const within = (points: readonly MoodPoint[], now: Date, days: number) =>
  points.filter((p) => p.at.getTime() > now.getTime() - days * DAY_MS && p.at.getTime() <= now.getTime());

/** The signals the rule sees in the figures, in a fixed order. */
export function burnoutSignals(figures: { moodAverage7d: number | null; moodVolatility7d: number | null; confidenceSlope30d: number | null }): BurnoutSignal[] {
  const signals: BurnoutSignal[] = [];
  const { moodAverage7d: average, moodVolatility7d: volatility, confidenceSlope30d: slope } = figures;
  if (average !== null && average <= BURNOUT_RULE.veryLowMoodAverage) signals.push('VERY_LOW_MOOD');
  else if (average !== null && average <= BURNOUT_RULE.lowMoodAverage) signals.push('LOW_MOOD');
  if (slope !== null && slope <= BURNOUT_RULE.fallingSlope) signals.push('FALLING_CONFIDENCE');
  if (volatility !== null && volatility >= BURNOUT_RULE.volatileStdDev) signals.push('VOLATILE_MOOD');
  return signals;
}

/** The risk level of a set of signals: HIGH from 3 points, MODERATE from 2. */
export function riskOf(signals: readonly BurnoutSignal[]): Exclude<BurnoutRisk, 'UNKNOWN'> {
  const score = signals.reduce((sum, s) => sum + SIGNAL_POINTS[s], 0);
  if (score >= BURNOUT_RULE.highScore) return 'HIGH';
  return score >= BURNOUT_RULE.moderateScore ? 'MODERATE' : 'LOW';
}

/**
 * The trend of a journal at `now`: 7-day mood average and volatility, 30-day confidence slope,
 * and the burnout risk of {@link BURNOUT_RULE}. Entries after `now` are ignored.
 */
export function emotionalTrend(points: readonly MoodPoint[], now: Date): EmotionalTrend {
  const week = within(points, now, BURNOUT_RULE.moodWindowDays);
  const month = within(points, now, BURNOUT_RULE.confidenceWindowDays);
  const moods = week.map((p) => p.mood);
  const moodAverage7d = moods.length > 0 ? mean(moods) : null;
  const moodVolatility7d = moods.length >= BURNOUT_RULE.minMoodEntries ? standardDeviation(moods) : null;

  const times = month.map((p) => p.at.getTime());
  const spanDays = times.length > 0 ? (Math.max(...times) - Math.min(...times)) / DAY_MS : 0;
  const confidenceSlope30d =
    month.length >= BURNOUT_RULE.minSlopeEntries && spanDays >= BURNOUT_RULE.minSlopeSpanDays
      ? leastSquaresSlope(month.map((p) => ({ x: (p.at.getTime() - now.getTime()) / DAY_MS, y: p.confidence })))
      : null;

  const signals = burnoutSignals({ moodAverage7d, moodVolatility7d, confidenceSlope30d });
  const burnoutRisk: BurnoutRisk = moods.length < BURNOUT_RULE.minMoodEntries ? 'UNKNOWN' : riskOf(signals);
  return {
    moodAverage7d,
    moodVolatility7d,
    entries7d: week.length,
    confidenceSlope30d,
    confidenceChange30d: confidenceSlope30d === null ? null : confidenceSlope30d * BURNOUT_RULE.confidenceWindowDays,
    entries30d: month.length,
    burnoutRisk,
    signals: burnoutRisk === 'UNKNOWN' ? [] : signals,
    computedAt: now,
  };
}
