/** A prompt variant's feedback so far: successes and failures may be fractional (a 4/5 rating is 0.75 of a success). */
export interface BanditArm {
  variant: string;
  successes: number;
  failures: number;
}

/** A uniform random number in [0, 1). */
export type Random = () => number;

/** A seeded generator (mulberry32): the same seed gives the same sequence, for tests and stable reports. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A rating on 1–5 as a Bernoulli reward: 1 → 0, 3 → 0.5, 5 → 1. */
export function ratingReward(rating: number): number {
  return Math.min(1, Math.max(0, (rating - 1) / 4));
}

function standardNormal(random: Random): number {
  // Box–Muller; 1 - u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// Marsaglia & Tsang (2000) gamma sampler; shape < 1 is boosted by U^(1/shape).
function gamma(shape: number, random: Random): number {
  if (shape < 1) return gamma(shape + 1, random) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A draw from Beta(alpha, beta). */
export function sampleBeta(alpha: number, beta: number, random: Random): number {
  const x = gamma(alpha, random);
  const y = gamma(beta, random);
  return x / (x + y);
}

/**
 * Beta-Bernoulli Thompson sampling: draws each arm's success rate from its posterior
 * Beta(1 + successes, 1 + failures) and returns the variant with the highest draw. Arms
 * without feedback keep being explored; arms that do well are chosen more and more often.
 */
export function thompsonSample(arms: readonly BanditArm[], random: Random): string | undefined {
  let best: string | undefined;
  let bestDraw = -1;
  for (const arm of arms) {
    const draw = sampleBeta(1 + arm.successes, 1 + arm.failures, random);
    if (draw > bestDraw) {
      best = arm.variant;
      bestDraw = draw;
    }
  }
  return best;
}

/** Each arm's probability of being the best, estimated by `draws` Thompson draws. */
export function probabilityBest(arms: readonly BanditArm[], random: Random, draws = 2000): Map<string, number> {
  const wins = new Map(arms.map((arm) => [arm.variant, 0]));
  for (let i = 0; i < draws; i += 1) {
    const winner = thompsonSample(arms, random);
    if (winner !== undefined) wins.set(winner, (wins.get(winner) ?? 0) + 1);
  }
  return new Map([...wins].map(([variant, count]) => [variant, count / draws]));
}

/** The posterior mean success rate of an arm, (1 + s) / (2 + s + f). */
export function posteriorMean(arm: BanditArm): number {
  return (1 + arm.successes) / (2 + arm.successes + arm.failures);
}
