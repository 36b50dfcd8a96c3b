import { describe, expect, it } from '@jest/globals';
import type { SloReport } from '@phoenix/telemetry';
import { HealthFeed, type HealthSource } from '../src/health/feed.js';
import type { ServiceStatus, SystemHealth } from '../src/health/monitor.js';

/** A monitor stand-in the test drives round by round. */
function fakeSource(initial: SystemHealth) {
  let current = initial;
  const listeners = new Set<(health: SystemHealth) => void>();
  const source: HealthSource = {
    snapshot: () => current,
    pollNow: async () => current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    listeners,
    round(status: ServiceStatus, latencyMs: number | null = null, slo: SloReport | null = null) {
      current = { status: status === 'UNKNOWN' ? 'UNKNOWN' : status, checkedAt: new Date(), services: [{ name: 'accounts', status, latencyMs, checkedAt: new Date() }], slo };
      for (const listener of listeners) listener(current);
    },
  };
}

const checked = (status: 'UP' | 'DOWN', latencyMs: number | null = 5): SystemHealth => ({
  status,
  checkedAt: new Date(),
  services: [{ name: 'accounts', status, latencyMs, checkedAt: new Date() }],
  slo: null,
});

/** A gateway report with `status` and, as a measure that changes every round, `p95`. */
const report = (status: SloReport['status'], p95: number): SloReport => ({
  service: 'gateway',
  status,
  window: { seconds: 3600, from: new Date(0).toISOString(), to: new Date().toISOString() },
  operations: 100,
  latencyP95: { objective: 1.5, value: p95, met: p95 < 1.5 },
  errorRate: { objective: 0.01, value: status === 'met' ? 0 : 0.5, met: status === 'met' },
  availability: { objective: 0.995, value: 1, met: true },
});

describe('health feed', () => {
  it('keeps only the latest state for a reader that does not keep up', async () => {
    const fake = fakeSource(checked('UP'));
    const feed = new HealthFeed(fake.source, 3_600_000);
    for (let round = 0; round < 100; round += 1) fake.round(round % 2 === 0 ? 'DOWN' : 'UP', round);

    const latest = await feed.next();
    expect(latest.value?.services[0]?.latencyMs).toBe(99);
    // Nothing else was kept: the next read waits for a new state.
    let answered = false;
    const waiting = feed.next().then(() => (answered = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    await feed.return();
    await waiting;
  });

  it('ignores latency-only changes', async () => {
    const fake = fakeSource(checked('UP', 5));
    const feed = new HealthFeed(fake.source, 3_600_000);
    expect((await feed.next()).value?.status).toBe('UP');

    // A reader already waiting takes the first state offered: it must be the status change.
    const pending = feed.next();
    fake.round('UP', 40);
    fake.round('DOWN', null);

    expect((await pending).value?.status).toBe('DOWN');
    await feed.return();
  });

  it('counts a change of SLO status as a change, and not a change of its measures', async () => {
    const fake = fakeSource(checked('UP'));
    const feed = new HealthFeed(fake.source, 3_600_000);
    expect((await feed.next()).value?.slo).toBeNull();

    let pending = feed.next();
    fake.round('UP', 5, report('met', 0.2));
    expect((await pending).value?.slo?.status).toBe('met');

    pending = feed.next();
    fake.round('UP', 5, report('met', 0.3));
    fake.round('UP', 5, report('breached', 0.3));
    // The service statuses never changed: only the SLO status can have caused these offers.
    expect((await pending).value?.slo?.status).toBe('breached');

    pending = feed.next();
    fake.round('UP', 5, null);
    expect((await pending).value?.slo).toBeNull();
    await feed.return();
  });

  it('stops listening to the monitor and ends a waiting read on return()', async () => {
    const fake = fakeSource(checked('UP'));
    const feed = new HealthFeed(fake.source, 3_600_000);
    await feed.next();
    const waiting = feed.next();

    await feed.return();

    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(fake.listeners.size).toBe(0);
  });
});
