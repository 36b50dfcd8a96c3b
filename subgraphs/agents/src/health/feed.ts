import type { HealthMonitor, SystemHealth } from './monitor.js';

/** What the feed reads from the monitor. */
export type HealthSource = Pick<HealthMonitor, 'snapshot' | 'pollNow' | 'subscribe'>;

type Waiter = (result: IteratorResult<SystemHealth, undefined>) => void;

const DONE = Object.freeze({ value: undefined, done: true }) as IteratorReturnResult<undefined>;

/**
 * What counts as a change: the overall status, a service's status or the SLO status (a report
 * appearing or becoming unreadable included), not latencies, measured values or times.
 */
function fingerprint(health: SystemHealth): string {
  return [health.status, ...health.services.map((service) => `${service.name}=${service.status}`), `slo=${health.slo?.status ?? 'none'}`].join('|');
}

/**
 * One subscriber's stream of system health: the current state at once (checking first if no
 * round has run yet), then every round whose status differs from the last one offered, and the
 * latest state again whenever `pushIntervalMs` passes without an offer. It holds one state at
 * most — a slow reader gets the latest, never a backlog — so memory stays flat per subscriber.
 */
export class HealthFeed implements AsyncIterableIterator<SystemHealth, undefined> {
  #pending: SystemHealth | undefined;
  #lastOffered: string | undefined;
  #waiter: Waiter | undefined;
  #timer: NodeJS.Timeout | undefined;
  #ended = false;
  readonly #unsubscribe: () => void;

  constructor(
    private readonly source: HealthSource,
    private readonly pushIntervalMs: number,
  ) {
    // Listen before reading the current state, so a round finishing in between is not missed.
    this.#unsubscribe = source.subscribe((health) => this.#offer(health, false));
    const current = source.snapshot();
    if (current.checkedAt) this.#offer(current, true);
    else
      void source.pollNow().then(
        (health) => this.#offer(health, false),
        () => this.#offer(source.snapshot(), false),
      );
  }

  next(): Promise<IteratorResult<SystemHealth, undefined>> {
    if (this.#pending) {
      const value = this.#pending;
      this.#pending = undefined;
      return Promise.resolve({ value, done: false });
    }
    if (this.#ended) return Promise.resolve(DONE);
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }

  return(): Promise<IteratorResult<SystemHealth, undefined>> {
    if (!this.#ended) {
      this.#ended = true;
      this.#pending = undefined;
      this.#unsubscribe();
      clearTimeout(this.#timer);
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter?.(DONE);
    }
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  #offer(health: SystemHealth, always: boolean): void {
    if (this.#ended) return;
    const print = fingerprint(health);
    if (!always && print === this.#lastOffered) return;
    this.#lastOffered = print;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#offer(this.source.snapshot(), true), this.pushIntervalMs);
    this.#timer.unref();
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      waiter({ value: health, done: false });
    } else this.#pending = health;
  }
}
