/** `RESILIENCE_PROFILE=long` (the soak of issue 13, 10 minutes) or the default `short` profile CI runs. */
export type ResilienceProfileName = 'short' | 'long';

export interface ResilienceProfile {
  name: ResilienceProfileName;
  /** Measured soak time. */
  soakSeconds: number;
  /** Concurrent clients of the soak: moderate, not a saturation test. */
  soakConcurrency: number;
  /** Concurrent clients while a subgraph is killed and restarted. */
  killConcurrency: number;
  /** How long a killed subgraph or the database stays away at least: a restart takes seconds, and reconnection back-off grows with the outage. */
  outageSeconds: number;
  /** Subgraphs killed in turn under load. */
  killedSubgraphs: ('aube' | 'billing')[];
  /** Generated GraphQL operations (each sent twice: see the fuzzer's memory check). */
  fuzzOperations: number;
  /** Randomly generated malformed HTTP requests, on top of the fixed catalogue (each sent twice too). */
  fuzzHttpRequests: number;
  /** Seeded users of every stack. */
  users: number;
}

const PROFILES: Record<ResilienceProfileName, ResilienceProfile> = {
  short: { name: 'short', soakSeconds: 20, soakConcurrency: 4, killConcurrency: 8, outageSeconds: 3, killedSubgraphs: ['aube'], fuzzOperations: 1_000, fuzzHttpRequests: 100, users: 3 },
  long: { name: 'long', soakSeconds: 600, soakConcurrency: 8, killConcurrency: 16, outageSeconds: 15, killedSubgraphs: ['aube', 'billing'], fuzzOperations: 10_000, fuzzHttpRequests: 1_000, users: 6 },
};

/** The profile named by `RESILIENCE_PROFILE` (default `short`); an unknown name is an error, not a silent default. */
export function resilienceProfile(env: NodeJS.ProcessEnv = process.env): ResilienceProfile {
  const name = env.RESILIENCE_PROFILE ?? 'short';
  if (name !== 'short' && name !== 'long') throw new Error(`RESILIENCE_PROFILE must be short or long, got "${name}"`);
  return PROFILES[name];
}

/** Jest timeout of one test: the profile's own time plus generous room for a loaded 2-core machine. */
export function timeoutFor(seconds: number): number {
  return (seconds + 240) * 1000;
}
