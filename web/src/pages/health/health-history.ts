export interface HealthSnapshot {
  checkedAt?: string | null;
  services: readonly { name: string; latencyMs?: number | null }[];
}

/** Latencies seen per service during the visit, oldest first, at most `limit` each. */
export type LatencyHistory = Readonly<Record<string, readonly number[]>>;

/**
 * Adds a snapshot's latencies to the history, once per round of checks (a snapshot with the
 * `checkedAt` already recorded changes nothing): the page draws the last minutes from it.
 */
export function recordLatencies(history: LatencyHistory, snapshot: HealthSnapshot, lastCheckedAt: string | undefined, limit = 20): LatencyHistory {
  if (!snapshot.checkedAt || snapshot.checkedAt === lastCheckedAt) return history;
  const next: Record<string, readonly number[]> = { ...history };
  for (const service of snapshot.services) {
    if (service.latencyMs == null) continue;
    next[service.name] = [...(history[service.name] ?? []), service.latencyMs].slice(-limit);
  }
  return next;
}
