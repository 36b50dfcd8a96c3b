import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@phoenix/logger';
import { HealthMonitor, overallStatus, type SystemHealth } from '../src/health/monitor.js';
import { statusServer } from './support.js';

const logger = createLogger('agents-test', 'silent');
let up: Awaited<ReturnType<typeof statusServer>>;
let failing: Awaited<ReturnType<typeof statusServer>>;
let sluggish: Awaited<ReturnType<typeof statusServer>>;

beforeAll(async () => {
  [up, failing, sluggish] = await Promise.all([statusServer(200, 20), statusServer(503), statusServer(200, 1000)]);
});

afterAll(async () => {
  await Promise.all([up.close(), failing.close(), sluggish.close()]);
});

describe('health monitor', () => {
  it('reports every service as UNKNOWN before the first check', () => {
    const monitor = new HealthMonitor([{ name: 'accounts', url: up.url }], { intervalMs: 60_000, timeoutMs: 500, logger });
    expect(monitor.snapshot()).toEqual({ status: 'UNKNOWN', checkedAt: null, services: [{ name: 'accounts', status: 'UNKNOWN', latencyMs: null, checkedAt: null }] });
  });

  it('marks a ready service UP with its latency, and an error, a timeout or a closed port DOWN', async () => {
    const monitor = new HealthMonitor(
      [
        { name: 'accounts', url: up.url },
        { name: 'billing', url: failing.url },
        { name: 'aube', url: sluggish.url },
        { name: 'iris', url: 'http://127.0.0.1:9/health/ready' },
      ],
      { intervalMs: 60_000, timeoutMs: 300, logger },
    );
    const health = await monitor.pollNow();
    const byName = Object.fromEntries(health.services.map((s) => [s.name, s]));
    expect(byName.accounts).toMatchObject({ status: 'UP' });
    expect(byName.accounts?.latencyMs).toBeGreaterThanOrEqual(15);
    expect(byName.billing).toMatchObject({ status: 'DOWN', latencyMs: null });
    expect(byName.aube).toMatchObject({ status: 'DOWN', latencyMs: null });
    expect(byName.iris).toMatchObject({ status: 'DOWN' });
    expect(health.status).toBe('DEGRADED');
    expect(health.checkedAt).toBeInstanceOf(Date);
  });

  it('derives the overall status from the services', () => {
    const service = (status: 'UP' | 'DOWN' | 'UNKNOWN') => ({ name: 's', status, latencyMs: null, checkedAt: null });
    expect(overallStatus([service('UP'), service('UP')])).toBe('UP');
    expect(overallStatus([service('DOWN'), service('DOWN')])).toBe('DOWN');
    expect(overallStatus([service('UP'), service('DOWN')])).toBe('DEGRADED');
    expect(overallStatus([service('UNKNOWN')])).toBe('UNKNOWN');
  });

  it('polls at its interval once started, tells subscribers, and stops polling when stopped', async () => {
    const monitor = new HealthMonitor([{ name: 'accounts', url: up.url }], { intervalMs: 1000, timeoutMs: 500, logger });
    const rounds: SystemHealth[] = [];
    const unsubscribe = monitor.subscribe((health) => rounds.push(health));
    const original = Date.now();
    monitor.start();
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await monitor.stop();
    const afterStop = rounds.length;
    expect(afterStop).toBe(2);
    expect(rounds.every((r) => r.status === 'UP')).toBe(true);
    expect((rounds[1]?.checkedAt?.getTime() ?? 0) - original).toBeGreaterThanOrEqual(1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(rounds.length).toBe(afterStop);
    unsubscribe();
  });
});
