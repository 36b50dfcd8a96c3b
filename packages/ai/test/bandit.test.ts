import { describe, expect, it } from '@jest/globals';
import { posteriorMean, probabilityBest, ratingReward, sampleBeta, seededRandom, thompsonSample, type BanditArm } from '../src/index.js';

const arms: BanditArm[] = [
  { variant: 'guided', successes: 40, failures: 10 },
  { variant: 'concise', successes: 12, failures: 18 },
];

describe('Thompson sampling bandit', () => {
  it('is deterministic under a seeded generator', () => {
    const draws = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20 }, () => thompsonSample(arms, random));
    };
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(Array(20).fill(undefined));
  });

  it('chooses the variant with better feedback most of the time, and still explores the other', () => {
    const random = seededRandom(7);
    const close: BanditArm[] = [
      { variant: 'guided', successes: 8, failures: 4 },
      { variant: 'concise', successes: 5, failures: 5 },
    ];
    const guided = Array.from({ length: 1000 }, () => thompsonSample(close, random)).filter((p) => p === 'guided').length;
    expect(guided).toBeGreaterThan(600);
    expect(guided).toBeLessThan(950);
  });

  it('explores variants without feedback evenly', () => {
    const random = seededRandom(3);
    const fresh: BanditArm[] = [
      { variant: 'a', successes: 0, failures: 0 },
      { variant: 'b', successes: 0, failures: 0 },
    ];
    const a = Array.from({ length: 1000 }, () => thompsonSample(fresh, random)).filter((p) => p === 'a').length;
    expect(a).toBeGreaterThan(420);
    expect(a).toBeLessThan(580);
  });

  it('estimates each variant’s probability of being best, summing to one', () => {
    const probabilities = probabilityBest(arms, seededRandom(1), 1000);
    expect((probabilities.get('guided') ?? 0) + (probabilities.get('concise') ?? 0)).toBeCloseTo(1, 10);
    expect(probabilities.get('guided')).toBeGreaterThan(0.95);
  });

  it('draws Beta samples with the right mean', () => {
    const random = seededRandom(11);
    const mean = Array.from({ length: 4000 }, () => sampleBeta(3, 7, random)).reduce((a, b) => a + b, 0) / 4000;
    expect(mean).toBeCloseTo(0.3, 1);
  });

  it('maps a 1–5 rating to a reward between 0 and 1 and computes posterior means', () => {
    expect([1, 2, 3, 4, 5].map(ratingReward)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(posteriorMean({ variant: 'x', successes: 3, failures: 1 })).toBeCloseTo(4 / 6);
  });
});
