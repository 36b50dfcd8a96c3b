import type { Logger } from '@phoenix/logger';
import type { SloReport } from '@phoenix/telemetry';
import { readSloReport, type SloSource } from './slo.js';
import type { HealthTarget } from './targets.js';

export type ServiceStatus = 'UP' | 'DOWN' | 'UNKNOWN';
export type SystemStatus = 'UP' | 'DEGRADED' | 'DOWN' | 'UNKNOWN';

/** The last check of one service. */
export interface ServiceHealth {
  name: string;
  status: ServiceStatus;
  latencyMs: number | null;
  checkedAt: Date | null;
}

/** The last round of checks of every service. */
export interface SystemHealth {
  status: SystemStatus;
  services: ServiceHealth[];
  checkedAt: Date | null;
  /** The gateway's objectives as last read; null before, or when it could not be read. */
  slo: SloReport | null;
}

export interface HealthMonitorOptions {
  intervalMs: number;
  /** A check slower than this counts as down. */
  timeoutMs: number;
  logger: Logger;
  /** The gateway's `/health/slo`, read at each round; without it `slo` stays null. */
  slo?: SloSource;
}

/** The overall status: UP when all services are up, DOWN when none is, DEGRADED in between. */
export function overallStatus(services: readonly ServiceHealth[]): SystemStatus {
  const checked = services.filter((s) => s.status !== 'UNKNOWN');
  if (checked.length === 0) return 'UNKNOWN';
  const up = checked.filter((s) => s.status === 'UP').length;
  if (up === services.length) return 'UP';
  return up === 0 ? 'DOWN' : 'DEGRADED';
}

/**
 * Polls every service's readiness endpoint at an interval and keeps the latest result:
 * status, latency and time of each check, and the gateway's objectives report. Listeners
 * receive each new snapshot, which is what the `systemHealth` subscription streams. A worker:
 * started and stopped with the server.
 */
export class HealthMonitor {
  private services: ServiceHealth[];
  private checkedAt: Date | null = null;
  private slo: SloReport | null = null;
  /** Why the last SLO read failed; undefined before the first read or after a success. */
  private sloProblem: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<SystemHealth> | undefined;
  private stopped = true;
  private readonly listeners = new Set<(health: SystemHealth) => void>();

  constructor(
    private readonly targets: readonly HealthTarget[],
    private readonly options: HealthMonitorOptions,
  ) {
    this.services = targets.map((t) => ({ name: t.name, status: 'UNKNOWN', latencyMs: null, checkedAt: null }));
  }

  /** The latest results. */
  snapshot(): SystemHealth {
    return { status: overallStatus(this.services), services: this.services.map((s) => ({ ...s })), checkedAt: this.checkedAt, slo: this.slo };
  }

  /** Checks every service now (joining a round already under way). */
  pollNow(): Promise<SystemHealth> {
    this.running ??= this.poll().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Calls `listener` after every round of checks; returns the unsubscribe function. */
  subscribe(listener: (health: SystemHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    // Rounds never overlap: the next one is scheduled when this one ends.
    this.timer = setTimeout(() => {
      void this.pollNow().finally(() => this.schedule(this.options.intervalMs));
    }, delay);
    this.timer.unref();
  }

  private async poll(): Promise<SystemHealth> {
    const previous = new Map(this.services.map((s) => [s.name, s.status]));
    const [services, slo] = await Promise.all([Promise.all(this.targets.map((target) => this.check(target))), this.readSlo()]);
    this.services = services;
    this.slo = slo;
    // Log changes only: a service down for an hour is one line, not 240.
    for (const service of this.services) {
      const before = previous.get(service.name);
      if (service.status === 'DOWN' && before !== 'DOWN') this.options.logger.warn({ service: service.name }, 'service is down');
      if (service.status === 'UP' && before === 'DOWN') this.options.logger.info({ service: service.name }, 'service is back up');
    }
    this.checkedAt = new Date();
    const health = this.snapshot();
    for (const listener of this.listeners) listener(health);
    return health;
  }

  private async readSlo(): Promise<SloReport | null> {
    if (!this.options.slo) return null;
    const { report, problem } = await readSloReport(this.options.slo, this.options.timeoutMs);
    if (problem && problem !== this.sloProblem) this.options.logger.warn({ problem }, 'SLO report unavailable');
    if (!problem && this.sloProblem) this.options.logger.info('SLO report available again');
    this.sloProblem = problem;
    return report;
  }

  private async check(target: HealthTarget): Promise<ServiceHealth> {
    const started = performance.now();
    try {
      const response = await fetch(target.url, { signal: AbortSignal.timeout(this.options.timeoutMs), headers: { accept: 'application/json' } });
      await response.body?.cancel();
      const latencyMs = Math.round(performance.now() - started);
      return { name: target.name, status: response.ok ? 'UP' : 'DOWN', latencyMs: response.ok ? latencyMs : null, checkedAt: new Date() };
    } catch {
      return { name: target.name, status: 'DOWN', latencyMs: null, checkedAt: new Date() };
    }
  }
}
