import type { GatewayMeasurement } from '../load/measure-gateway.js';

export interface GatewaySummary extends GatewayMeasurement {
  /** Requests/s of every round, in order. */
  roundsRequestsPerSecond: number[];
}

export interface GatewayFailure {
  gateway: string;
  label: string;
  error: string;
}

export interface Ratios {
  /** ours ÷ other, requests per second (higher is better for ours). */
  requestsPerSecond: number | undefined;
  /** ours ÷ other, p95 latency (lower is better for ours). */
  p95: number | undefined;
  /** ours ÷ other, gateway CPU per request (lower is better for ours). */
  cpuPerRequest: number | undefined;
}

/**
 * One row per gateway from several rounds: its best round by requests/s (so every figure of a
 * row comes from the same run), with the peak RSS over all rounds. Other work on a shared
 * machine only ever slows a round down, so the best round is the closest to the gateway's own
 * capacity; every gateway is treated alike and every round is kept in the JSON.
 */
export function summarizeRounds(rounds: GatewayMeasurement[]): GatewaySummary {
  const best = [...rounds].sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0];
  if (!best) throw new Error('no round to summarize');
  const peaks = rounds.map((round) => round.peakRssMb).filter((peak): peak is number => peak !== undefined);
  return {
    ...best,
    peakRssMb: peaks.length > 0 ? Math.max(...peaks) : undefined,
    roundsRequestsPerSecond: rounds.map((round) => round.requestsPerSecond),
  };
}

/** ours ÷ other for the figures the goals are stated in. */
export function ratios(ours: GatewaySummary | undefined, other: GatewaySummary | undefined): Ratios | undefined {
  if (!ours || !other) return undefined;
  const divide = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100);
  return {
    requestsPerSecond: divide(ours.requestsPerSecond, other.requestsPerSecond),
    p95: divide(ours.p95Ms, other.p95Ms),
    cpuPerRequest: divide(ours.cpuMsPerRequest, other.cpuMsPerRequest),
  };
}
