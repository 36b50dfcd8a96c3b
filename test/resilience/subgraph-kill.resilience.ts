import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { resilienceProfile, timeoutFor } from './support/profile.js';
import { startResilienceStack, statusOf, waitFor, type ResilienceStack } from './support/harness.js';
import { dashboardClassifier, startTraffic, type TrafficRecord } from './support/traffic.js';

// A subgraph dies under load and comes back: the gateway must keep answering with what the
// other subgraphs know, an error on exactly the paths the dead one owns, no 5xx, no crash;
// then serve whole answers again once it is back, without being restarted itself.

const profile = resilienceProfile();

/** Asked of every subgraph; the aube and billing parts are nullable, so their loss stays local. */
const QUERY = `query Dashboard {
  me {
    id
    displayName
    tier
    letterQuota { used limit }
    letters(first: 3) { id jobTitle }
    subscription { plan status }
    latestResilience { score threatLevel }
  }
}`;
const REQUIRED = ['displayName', 'letterQuota', 'letters', 'subscription', 'latestResilience'];
const AFFECTED_PATH = { aube: 'me.latestResilience', billing: 'me.subscription' } as const;
const ENOUGH = 30;

let harness: ResilienceStack;

beforeAll(async () => {
  harness = await startResilienceStack({ users: profile.users });
}, timeoutFor(0));

afterAll(async () => {
  await harness?.stop();
});

describe(`a subgraph killed under load (${profile.killConcurrency} concurrent clients)`, () => {
  it.each(profile.killedSubgraphs)(
    '%s: partial answers with errors on its paths only, no 5xx, no crash, whole answers again after its restart',
    async (name) => {
      const subgraph = harness.stack.subgraphs[name];
      const affected = AFFECTED_PATH[name];
      const traffic = startTraffic({ url: harness.url, query: QUERY, users: harness.users, concurrency: profile.killConcurrency, classify: dashboardClassifier(REQUIRED) });
      const after = (moment: number, outcome: TrafficRecord['outcome']) => () => traffic.count((record) => record.sentAt > moment && record.outcome === outcome) >= ENOUGH;
      let killedAt = 0;
      let restartedAt = 0;
      let listeningAt = 0;
      let readyWhileDown = 0;
      try {
        await waitFor('whole answers before the kill', after(0, 'complete'));
        killedAt = performance.now();
        await subgraph.kill();
        await waitFor(`partial answers while ${name} is down`, () => performance.now() - killedAt >= profile.outageSeconds * 1000 && after(killedAt, 'partial')());
        readyWhileDown = await statusOf(`${harness.origin}/health/ready`);
        restartedAt = performance.now();
        await subgraph.restart();
        listeningAt = performance.now();
        await waitFor(`whole answers after ${name} restarted`, after(restartedAt, 'complete'));
      } finally {
        if (!subgraph.running()) await subgraph.restart();
      }
      const summary = await traffic.stop();
      const records = traffic.records;

      const firstPartial = records.find((record) => record.sentAt > killedAt && record.outcome === 'partial');
      const firstWhole = records.find((record) => record.sentAt > restartedAt && record.outcome === 'complete');
      const brokenAfterRestart = records.filter((record) => record.sentAt > listeningAt && record.outcome !== 'complete');
      const partial = records.filter((record) => record.outcome === 'partial');
      process.stdout.write(
        [
          `${name} killed under ${profile.killConcurrency} clients: ${summary.requests} requests in ${summary.seconds} s, statuses ${JSON.stringify(summary.statuses)}, ` +
            `outcomes ${JSON.stringify(summary.outcomes)}, error codes ${JSON.stringify(summary.codes)}`,
          `  first partial answer ${ms(firstPartial && firstPartial.doneAt - killedAt)} after the kill; down for ${ms(restartedAt - killedAt)}; readiness while down: ${readyWhileDown}`,
          `  recovery: ${name} listening again ${ms(listeningAt - restartedAt)} after its restart began; first whole answer ` +
            `${ms(firstWhole && firstWhole.doneAt - listeningAt)} after that; incomplete answers to requests sent once it listened: ${brokenAfterRestart.length}` +
            `${brokenAfterRestart.length > 0 ? ` (last ${ms((brokenAfterRestart.at(-1) as TrafficRecord).doneAt - listeningAt)} after)` : ''}`,
          `  latency p50 ${summary.p50Ms} ms, p95 ${summary.p95Ms} ms, max ${summary.maxMs} ms`,
          '',
        ].join('\n'),
      );

      expect(summary.serverErrors).toBe(0);
      expect(summary.transportErrors).toBe(0);
      expect(Object.keys(summary.statuses)).toEqual(['200']);
      // Everything the live subgraphs know is still served: no answer lost `me`.
      expect(summary.outcomes.failed).toBe(0);
      expect(partial.length).toBeGreaterThanOrEqual(ENOUGH);
      for (const record of partial) {
        expect(record.paths.every((path) => path === affected)).toBe(true);
        expect(record.codes.every((code) => code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
      }
      expect(readyWhileDown).toBe(503);
      await waitFor('the gateway ready again', async () => (await statusOf(`${harness.origin}/health/ready`)) === 200);
      expect(harness.gatewayAlive()).toBe(true);
      expect(await statusOf(`${harness.origin}/health/live`)).toBe(200);
    },
    timeoutFor(60),
  );
});

function ms(value: number | undefined): string {
  return value === undefined ? 'never' : `${Math.round(value)} ms`;
}
