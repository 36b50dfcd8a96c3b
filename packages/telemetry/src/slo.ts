import { metrics } from './metrics.js';

/** The objectives of ARCHITECTURE.md / issue 12, over the gateway's operations. */
export const OBJECTIVES = { latencyP95Seconds: 1.5, errorRate: 0.01, availability: 0.995 } as const;

/** Cumulative counts at one instant, for one service. */
interface Snapshot {
  at: number;
  /** Upper bound (seconds, Infinity last) → operations at most that slow. */
  buckets: Map<number, number>;
  total: number;
  degraded: number;
  serverErrors: number;
}

export interface Objective {
  objective: number;
  /** Null while no operation was seen in the window. */
  value: number | null;
  met: boolean | null;
}

export interface SloReport {
  service: string;
  /** `met` when all three objectives are met, `breached` when one is not, `no_data` without traffic. */
  status: 'met' | 'breached' | 'no_data';
  window: { seconds: number; from: string; to: string };
  operations: number;
  /** 95th percentile of operation latency, in seconds, interpolated in the histogram's buckets. */
  latencyP95: Objective;
  /** Share of operations with a server-side error (partial data included). */
  errorRate: Objective;
  /** Share of operations answered without a server error that left them without data. */
  availability: Objective;
}

export interface SloTrackerOptions {
  service: string;
  windowSeconds: number;
  /** Between two snapshots; default a thirtieth of the window (at least 5 s). */
  intervalMs?: number;
  now?: () => number;
}

/**
 * Evaluates the objectives from the service's own metrics over a sliding window: it keeps
 * snapshots of the cumulative latency histogram and outcome counters, and reports the
 * difference between now and the snapshot one window ago (or the first one, in a younger
 * process).
 */
export class SloTracker {
  private readonly snapshots: Snapshot[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;
  private readonly ready: Promise<void>;

  constructor(private readonly options: SloTrackerOptions) {
    this.now = options.now ?? Date.now;
    const intervalMs = options.intervalMs ?? Math.max(5000, (options.windowSeconds * 1000) / 30);
    this.ready = this.recordSnapshot();
    this.timer = setInterval(() => void this.recordSnapshot(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async report(): Promise<SloReport> {
    await this.ready;
    const current = await this.read();
    const windowStart = current.at - this.options.windowSeconds * 1000;
    const baseline = [...this.snapshots].reverse().find((snapshot) => snapshot.at <= windowStart) ?? this.snapshots[0] ?? current;
    return evaluate(this.options.service, baseline, current);
  }

  /** Takes a snapshot of the counts now; runs on the interval (tests call it directly). */
  async recordSnapshot(): Promise<void> {
    const snapshot = await this.read();
    this.snapshots.push(snapshot);
    // Keep one snapshot older than the window: the baseline of the next report.
    const windowStart = snapshot.at - this.options.windowSeconds * 1000;
    while (this.snapshots.length > 2 && (this.snapshots[1]?.at ?? Infinity) <= windowStart) this.snapshots.shift();
  }

  private async read(): Promise<Snapshot> {
    const { service } = this.options;
    const [histogram, counter] = await Promise.all([metrics.graphqlDuration.get(), metrics.graphqlRequests.get()]);
    const buckets = new Map<number, number>();
    for (const { labels, value, metricName } of histogram.values) {
      if (labels.service !== service || !metricName?.endsWith('_bucket')) continue;
      // Bucket values carry the `le` label on top of the histogram's own.
      const le = (labels as Record<string, string | number | undefined>).le;
      const bound = le === '+Inf' ? Infinity : Number(le);
      buckets.set(bound, (buckets.get(bound) ?? 0) + value);
    }
    const snapshot: Snapshot = { at: this.now(), buckets, total: 0, degraded: 0, serverErrors: 0 };
    for (const { labels, value } of counter.values) {
      if (labels.service !== service) continue;
      snapshot.total += value;
      if (labels.outcome === 'degraded') snapshot.degraded += value;
      if (labels.outcome === 'server_error') snapshot.serverErrors += value;
    }
    return snapshot;
  }
}

function evaluate(service: string, from: Snapshot, to: Snapshot): SloReport {
  const operations = to.total - from.total;
  const window = { seconds: Math.round((to.at - from.at) / 1000), from: new Date(from.at).toISOString(), to: new Date(to.at).toISOString() };
  if (operations <= 0) {
    const none: Objective = { objective: 0, value: null, met: null };
    return {
      service,
      status: 'no_data',
      window,
      operations: 0,
      latencyP95: { ...none, objective: OBJECTIVES.latencyP95Seconds },
      errorRate: { ...none, objective: OBJECTIVES.errorRate },
      availability: { ...none, objective: OBJECTIVES.availability },
    };
  }
  const p95 = quantile(0.95, from.buckets, to.buckets);
  const serverErrors = to.serverErrors - from.serverErrors;
  const errorRate = (to.degraded - from.degraded + serverErrors) / operations;
  const availability = 1 - serverErrors / operations;
  const latencyP95 = { objective: OBJECTIVES.latencyP95Seconds, value: p95, met: p95 !== null && p95 < OBJECTIVES.latencyP95Seconds };
  const errors = { objective: OBJECTIVES.errorRate, value: round(errorRate), met: errorRate < OBJECTIVES.errorRate };
  const available = { objective: OBJECTIVES.availability, value: round(availability), met: availability >= OBJECTIVES.availability };
  const met = latencyP95.met && errors.met && available.met;
  return { service, status: met ? 'met' : 'breached', window, operations, latencyP95, errorRate: errors, availability: available };
}

/**
 * The q-quantile of the observations between two cumulative histograms, interpolated
 * linearly within its bucket as Prometheus' histogram_quantile does. Past the last finite
 * bound it is that bound (a lower limit).
 */
export function quantile(q: number, from: ReadonlyMap<number, number>, to: ReadonlyMap<number, number>): number | null {
  const bounds = [...to.keys()].sort((a, b) => a - b);
  const count = (bound: number) => (to.get(bound) ?? 0) - (from.get(bound) ?? 0);
  const total = count(Infinity);
  if (total <= 0) return null;
  const rank = q * total;
  let previousBound = 0;
  let previousCount = 0;
  for (const bound of bounds) {
    const cumulative = count(bound);
    if (cumulative >= rank) {
      if (bound === Infinity) return previousBound;
      const inBucket = cumulative - previousCount;
      const fraction = inBucket > 0 ? (rank - previousCount) / inBucket : 1;
      return round(previousBound + (bound - previousBound) * fraction);
    }
    previousBound = bound;
    previousCount = cumulative;
  }
  return previousBound;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;
