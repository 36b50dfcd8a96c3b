import { describe, expect, it } from '@jest/globals';
import { metrics, quantile, SloTracker } from '../src/index.js';

describe('quantile', () => {
  const cumulative = (entries: [number, number][]) => new Map(entries);

  it('interpolates linearly inside the bucket holding the rank, as histogram_quantile does', () => {
    const to = cumulative([[0.1, 50], [0.5, 90], [1.5, 100], [Infinity, 100]]);
    expect(quantile(0.5, new Map(), to)).toBeCloseTo(0.1);
    expect(quantile(0.95, new Map(), to)).toBeCloseTo(1.0);
  });

  it('counts only what happened since the baseline', () => {
    const from = cumulative([[0.1, 100], [0.5, 100], [1.5, 100], [Infinity, 100]]);
    const to = cumulative([[0.1, 100], [0.5, 100], [1.5, 110], [Infinity, 110]]);
    expect(quantile(0.95, from, to)).toBeGreaterThan(0.5);
  });

  it('answers the last finite bound past it, and null without observations', () => {
    expect(quantile(0.95, new Map(), cumulative([[1.5, 1], [10, 2], [Infinity, 10]]))).toBe(10);
    expect(quantile(0.95, new Map(), cumulative([[1.5, 0], [Infinity, 0]]))).toBeNull();
  });
});

describe('SloTracker', () => {
  // A service name of its own keeps these series apart from any other test's.
  const service = 'slo-under-test';
  const observe = (seconds: number, outcome: string, count = 1) => {
    for (let index = 0; index < count; index += 1) {
      metrics.graphqlDuration.observe({ service, operation: 'Op', operation_type: 'query' }, seconds);
      metrics.graphqlRequests.inc({ service, operation: 'Op', operation_type: 'query', outcome });
    }
  };

  it('reports no data, then each objective over the sliding window', async () => {
    let now = 1_000_000;
    const tracker = new SloTracker({ service, windowSeconds: 60, intervalMs: 3_600_000, now: () => now });
    try {
      expect((await tracker.report()).status).toBe('no_data');

      observe(0.2, 'ok', 197);
      observe(0.3, 'degraded', 2);
      observe(2.5, 'server_error', 1);
      const report = await tracker.report();
      expect(report.operations).toBe(200);
      expect(report.errorRate).toEqual({ objective: 0.01, value: 0.015, met: false });
      expect(report.availability).toEqual({ objective: 0.995, value: 0.995, met: true });
      expect(report.latencyP95.met).toBe(true);
      expect(report.status).toBe('breached');

      // A window later, only what happened since the last snapshot counts.
      await tracker.recordSnapshot();
      now += 61_000;
      observe(0.05, 'ok', 10);
      const later = await tracker.report();
      expect(later.operations).toBe(10);
      expect(later.status).toBe('met');
      expect(later.window.seconds).toBe(61);
    } finally {
      tracker.stop();
    }
  });
});
