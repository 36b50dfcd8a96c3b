import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DASHBOARD_QUERY } from '../../bench/phoenix/dashboard.js';
import { treeRssBytes } from '../../bench/lib/proc-stats.js';
import { refreshUserTokens } from '../../bench/phoenix/seed.js';
import { resilienceProfile, timeoutFor } from './support/profile.js';
import { startResilienceStack, statusOf, waitFor, type GatewayMemory, type ResilienceStack } from './support/harness.js';
import { dashboardClassifier, startTraffic } from './support/traffic.js';

// The signed-in dashboard at a moderate, steady load for a while (20 s in the short profile,
// 10 minutes in the long one): every answer whole, no 5xx, the gateway up; its memory over
// time is reported (RSS sampled, live heap after GC at the start and the end).

const profile = resilienceProfile();
const REQUIRED = ['displayName', 'subscription', 'letterQuota', 'letters', 'explorations', 'latestResilience'];
const SAMPLE_EVERY_MS = 5_000;
// Access tokens live 15 minutes: sign the users in again well before.
const REFRESH_TOKENS_EVERY_MS = 5 * 60_000;

let harness: ResilienceStack;

beforeAll(async () => {
  harness = await startResilienceStack({ users: profile.users });
}, timeoutFor(0));

afterAll(async () => {
  await harness?.stop();
});

describe(`soak (${profile.name} profile: ${profile.soakSeconds} s, ${profile.soakConcurrency} concurrent clients)`, () => {
  it(
    'answers every dashboard whole, without 5xx, and the gateway stays up; memory growth is reported',
    async () => {
      const classify = dashboardClassifier(REQUIRED);
      // Warm-up: caches, JIT and connection pools settle before the first memory reading.
      const warmup = startTraffic({ url: harness.url, query: DASHBOARD_QUERY, users: harness.users, concurrency: profile.soakConcurrency, classify });
      await waitFor('the warm-up', () => warmup.count((record) => record.outcome === 'complete') >= 100);
      await warmup.stop();

      await refreshUserTokens(harness.url, harness.users);
      const atStart = await harness.gatewayMemory();
      const pid = harness.gateway.child.pid;
      const rssSamples: number[] = [];
      const sample = () => {
        const rss = treeRssBytes(pid);
        if (rss !== undefined) rssSamples.push(Math.round((rss / 1_048_576) * 10) / 10);
      };
      sample();
      const sampler = setInterval(sample, SAMPLE_EVERY_MS);
      const refresher = setInterval(() => void refreshUserTokens(harness.url, harness.users).catch(() => undefined), REFRESH_TOKENS_EVERY_MS);
      const traffic = startTraffic({ url: harness.url, query: DASHBOARD_QUERY, users: harness.users, concurrency: profile.soakConcurrency, classify, keepRecords: false });
      let summary: Awaited<ReturnType<typeof traffic.stop>>;
      try {
        await new Promise((resolve) => setTimeout(resolve, profile.soakSeconds * 1000));
      } finally {
        summary = await traffic.stop();
        clearInterval(sampler);
        clearInterval(refresher);
      }
      sample();
      const atEnd = await harness.gatewayMemory();
      const first = rssSamples[0] ?? 0;
      const last = rssSamples.at(-1) ?? 0;
      process.stdout.write(
        [
          `soak ${summary.seconds} s at ${profile.soakConcurrency} clients: ${summary.requests} requests (${Math.round(summary.requests / summary.seconds)}/s), ` +
            `statuses ${JSON.stringify(summary.statuses)}, outcomes ${JSON.stringify(summary.outcomes)}; latency p50 ${summary.p50Ms} ms, p95 ${summary.p95Ms} ms, max ${summary.maxMs} ms`,
          `  gateway RSS ${first} → ${last} MB (${signed(last - first)} MB, peak ${Math.max(...rssSamples)} MB, ${rssSamples.length} samples every ${SAMPLE_EVERY_MS / 1000} s)`,
          `  gateway memory after GC: start ${memory(atStart)}, end ${memory(atEnd)} (live heap ${signed(atEnd.heapUsedMb - atStart.heapUsedMb)} MB)`,
          ...(profile.name === 'long' ? [`  RSS samples (MB): ${rssSamples.join(' ')}`] : []),
          '',
        ].join('\n'),
      );

      expect(summary.requests).toBeGreaterThan(0);
      expect(summary.serverErrors).toBe(0);
      expect(summary.transportErrors).toBe(0);
      expect(summary.outcomes).toEqual({ complete: summary.requests, partial: 0, failed: 0 });
      expect(harness.gatewayAlive()).toBe(true);
      expect(await statusOf(`${harness.origin}/health/live`)).toBe(200);
    },
    timeoutFor(profile.soakSeconds),
  );
});

function memory(value: GatewayMemory): string {
  return `heap ${value.heapUsedMb} MB / RSS ${value.rssMb} MB`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${Math.round(value * 10) / 10}`;
}
