/** A seeded pseudo-random source (mulberry32): the same seed replays the same fuzzing run. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** In [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` items drawn with replacement. */
  sample<T>(items: readonly T[], count: number): T[] {
    return Array.from({ length: count }, () => this.pick(items));
  }
}

/** The seed of a run: `RESILIENCE_SEED` to replay one, else a fresh one (printed by the suite). */
export function runSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.RESILIENCE_SEED;
  if (given !== undefined) {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0) throw new Error(`RESILIENCE_SEED must be a non-negative integer, got "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}
