import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@phoenix/logger';
import { HealthMonitor, overallStatus, type SystemHealth } from '../src/health/monitor.js';
import { sloGateway, statusServer, textServer } from './support.js';

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
    expect(monitor.snapshot()).toEqual({ status: 'UNKNOWN', checkedAt: null, services: [{ name: 'accounts', status: 'UNKNOWN', latencyMs: null, checkedAt: null }], slo: null });
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
    // Wait for the second round, however slow the machine: the first runs at once, the next one interval later.
    while (rounds.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    await monitor.stop();
    const afterStop = rounds.length;
    expect(afterStop).toBeGreaterThanOrEqual(2);
    expect(rounds.every((r) => r.status === 'UP')).toBe(true);
    expect((rounds[1]?.checkedAt?.getTime() ?? 0) - original).toBeGreaterThanOrEqual(1000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(rounds.length).toBe(afterStop);
    unsubscribe();
  });
});

describe('health monitor: the gateway\'s SLO report', () => {
  const TOKEN = 'metrics-token-for-the-slo-tests';
  let gateway: Awaited<ReturnType<typeof sloGateway>>;

  beforeAll(async () => {
    gateway = await sloGateway({ METRICS_TOKEN: TOKEN });
  });

  afterAll(async () => {
    await gateway.close();
  });

  it('reads the report at each round, with the bearer token, as the gateway evaluated it', async () => {
    const monitor = new HealthMonitor([{ name: 'accounts', url: up.url }], { intervalMs: 60_000, timeoutMs: 5000, logger, slo: { url: gateway.url, token: TOKEN } });
    const quiet = await monitor.pollNow();
    expect(quiet.slo).toMatchObject({ status: 'no_data', operations: 0, latencyP95: { objective: 1.5, value: null, met: null } });

    gateway.record(0.05, 'ok', 40);
    const busy = await monitor.pollNow();
    expect(busy.slo).toMatchObject({
      status: 'met',
      operations: 40,
      errorRate: { objective: 0.01, value: 0, met: true },
      availability: { objective: 0.995, value: 1, met: true },
      latencyP95: { objective: 1.5, met: true },
    });
    expect(busy.slo?.latencyP95.value).toBeGreaterThan(0);
    expect(busy.slo?.latencyP95.value).toBeLessThanOrEqual(0.05);
    expect(busy.services[0]).toMatchObject({ name: 'accounts', status: 'UP' });
    expect(gateway.authorizations.slice(-2)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(monitor.snapshot().slo).toEqual(busy.slo);
  });

  it('keeps slo null, the services still checked, when the report is refused, unreachable or not a report', async () => {
    const notJson = await textServer(200, '<html>gateway</html>', 'text/html');
    const wrongShape = await textServer(200, JSON.stringify({ service: 'gateway', status: 'green', operations: -1 }));
    const notSlo = await statusServer(200);
    try {
      for (const slo of [{ url: gateway.url }, { url: gateway.url, token: 'not-the-metrics-token' }, { url: 'http://127.0.0.1:9/health/slo' }, { url: notJson.url }, { url: wrongShape.url }, { url: notSlo.url }]) {
        const monitor = new HealthMonitor([{ name: 'accounts', url: up.url }], { intervalMs: 60_000, timeoutMs: 2000, logger, slo });
        const health = await monitor.pollNow();
        expect({ url: slo.url, slo: health.slo }).toEqual({ url: slo.url, slo: null });
        expect(health.status).toBe('UP');
        expect(health.services[0]).toMatchObject({ name: 'accounts', status: 'UP' });
      }
      // Without a token the request carried no Authorization header at all.
      expect(gateway.authorizations).toContain(undefined);
    } finally {
      await Promise.all([notJson.close(), wrongShape.close(), notSlo.close()]);
    }
  });

  it('logs an unreadable report once, without the token, and its return', async () => {
    const lines: string[] = [];
    const capture = createLogger('agents-test', 'info', { write: (line) => lines.push(line) });
    const slo: { url: string; token: string } = { url: gateway.url, token: 'a-wrong-token-of-some-length' };
    const monitor = new HealthMonitor([{ name: 'accounts', url: up.url }], { intervalMs: 60_000, timeoutMs: 5000, logger: capture, slo });
    await monitor.pollNow();
    await monitor.pollNow();
    slo.token = TOKEN;
    await monitor.pollNow();

    const messages = lines.map((line) => JSON.parse(line) as { msg: string; problem?: string });
    expect(messages.filter((m) => m.msg === 'SLO report unavailable')).toEqual([expect.objectContaining({ problem: 'http 401' })]);
    expect(messages.filter((m) => m.msg === 'SLO report available again')).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('a-wrong-token');
  });
});
