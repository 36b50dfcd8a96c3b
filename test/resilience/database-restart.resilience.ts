import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { withAdmin } from '../../bench/phoenix/database.js';
import { seedUsers } from '../../bench/phoenix/seed.js';
import { STACK_SUBGRAPHS } from '../../bench/phoenix/stack.js';
import { resilienceProfile, timeoutFor } from './support/profile.js';
import { startResilienceStack, statusOf, waitFor, type ResilienceStack } from './support/harness.js';
import { dashboardClassifier, startTraffic } from './support/traffic.js';

// The database goes away under load and comes back: readiness must drop, the gateway keep
// answering (errors, not 5xx, not a crash), and every service serve again — reads, writes,
// event consumers — without any of them being restarted.
//
// On PostgreSQL the stack's own throw-away database is made unreachable: new connections are
// refused (ALLOW_CONNECTIONS false) and every existing one is terminated (pg_terminate_backend),
// which is what the services see of a database restart; then connections are allowed again.
// The embedded PGlite lives inside the services' process: it cannot restart while they keep
// running, so there is nothing to test there and the test is skipped.

const profile = resilienceProfile();
const serverUrl = process.env.DATABASE_URL;
const onServer = serverUrl ? describe : describe.skip;

const QUERY = `query Dashboard {
  me {
    id
    displayName
    letterQuota { used limit }
    letters(first: 3) { id jobTitle }
    subscription { plan status }
    explorations(first: 2) { id resilience { score } }
  }
}`;
const REQUIRED = ['displayName', 'letterQuota', 'letters', 'subscription', 'explorations'];
const ENOUGH = 20;

let harness: ResilienceStack | undefined;

onServer('the database restarted under load (PostgreSQL only: the embedded PGlite cannot restart under running services)', () => {
  beforeAll(async () => {
    harness = await startResilienceStack({ users: profile.users });
  }, timeoutFor(0));

  afterAll(async () => {
    await harness?.stop();
  });

  it(
    'drops readiness, keeps the gateway answering without 5xx, then every service recovers without a restart',
    async () => {
      const stack = harness as ResilienceStack;
      const server = stack.stack.database.server;
      if (!server || !serverUrl) throw new Error('expected a stack on the PostgreSQL server');
      const readiness = () => Promise.all([...STACK_SUBGRAPHS.map((name) => statusOf(stack.stack.subgraphs[name].url.replace(/\/graphql$/, '/health/ready'))), statusOf(`${stack.origin}/health/ready`)]);
      const traffic = startTraffic({ url: stack.url, query: QUERY, users: stack.users, concurrency: 4, classify: dashboardClassifier(REQUIRED) });
      const setAllowed = (allowed: boolean) => withAdmin(serverUrl, (admin) => admin.unsafe(`alter database "${server.name}" allow_connections ${allowed}`));

      let downAt = 0;
      let upAt = 0;
      let readinessDown: number[] = [];
      let notReadyAfter = 0;
      let readyAfter = 0;
      try {
        await waitFor('whole answers before the outage', () => traffic.count((record) => record.outcome === 'complete') >= ENOUGH);
        downAt = performance.now();
        await setAllowed(false);
        await withAdmin(serverUrl, (admin) => admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${server.name} and pid <> pg_backend_pid()`);
        await waitFor('every readiness check failing', async () => (readinessDown = await readiness()).every((status) => status === 503), 60_000, 250);
        notReadyAfter = performance.now() - downAt;
        await waitFor(
          'failed answers during the outage',
          () => performance.now() - downAt >= profile.outageSeconds * 1000 && traffic.count((record) => record.sentAt > downAt && record.outcome !== 'complete') >= ENOUGH,
        );
      } finally {
        upAt = performance.now();
        await setAllowed(true);
      }
      await waitFor('every service ready again', async () => (await readiness()).every((status) => status === 200), 120_000, 250);
      readyAfter = performance.now() - upAt;
      await waitFor('whole answers after the outage', () => traffic.count((record) => record.sentAt > upAt && record.outcome === 'complete') >= ENOUGH);
      const summary = await traffic.stop();
      const firstWhole = traffic.records.find((record) => record.sentAt > upAt && record.outcome === 'complete');

      // Writes and the event path too: a new user signs up, pays (billing's event), gets the
      // tier (accounts' consumer), writes a letter and saves an exploration.
      const writesStarted = performance.now();
      // A pooled connection the server terminated can still answer its next statement with
      // 57P01 once (postgres.js), so the first write after an outage may fail: like a user,
      // the journey tries once more, and the failure is reported below.
      const seedFresh = () => seedUsers({ gatewayUrl: stack.url, stripeWebhookUrl: stack.stack.stripeWebhookUrl, users: 1, lettersPerUser: 1, explorationsPerUser: 1 });
      let firstWriteFailure = 'none';
      const [fresh] = await seedFresh().catch((error: unknown) => {
        firstWriteFailure = error instanceof Error ? error.message : String(error);
        return seedFresh();
      });

      process.stdout.write(
        [
          `database unreachable under 4 clients: ${summary.requests} requests in ${summary.seconds} s, statuses ${JSON.stringify(summary.statuses)}, ` +
            `outcomes ${JSON.stringify(summary.outcomes)}, error codes ${JSON.stringify(summary.codes)}`,
          `  every readiness check 503 ${Math.round(notReadyAfter)} ms after the outage began (subgraphs ${STACK_SUBGRAPHS.join(', ')}, gateway: ${readinessDown.join(', ')}); outage ${Math.round(upAt - downAt)} ms`,
          `  recovery after connections were allowed again: every service ready after ${Math.round(readyAfter)} ms, first whole dashboard after ` +
            `${firstWhole ? `${Math.round(firstWhole.doneAt - upAt)} ms` : 'never'}; a new user signed up, paid, got the tier and wrote after ${Math.round(performance.now() - writesStarted)} ms more (first attempt's failure: ${firstWriteFailure})`,
          '',
        ].join('\n'),
      );

      expect(readinessDown).toEqual([503, 503, 503, 503, 503]);
      expect(summary.serverErrors).toBe(0);
      // A database out of reach is named as such (retry later), never masked as an internal error.
      expect(Object.keys(summary.codes)).toEqual(['SUBGRAPH_UNAVAILABLE']);
      expect(summary.transportErrors).toBe(0);
      expect(Object.keys(summary.statuses)).toEqual(['200']);
      expect(fresh?.tier).toBe('PREMIUM');
      expect(stack.gatewayAlive()).toBe(true);
    },
    timeoutFor(120),
  );
});
