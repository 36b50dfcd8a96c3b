import { describe, expect, it } from '@jest/globals';
import { runPhoenixWorkload } from '../phoenix/workload.js';

// A one-second run of the Phoenix workload on this test run's database: the stack boots, the
// users are seeded, every dashboard is whole, and SQL statements are attributed to subgraphs.
describe('the Phoenix workload bench', () => {
  it('measures the dashboard through the gateway with whole answers and SQL counts per subgraph', async () => {
    const serverUrl = process.env.DATABASE_URL;
    const [figure] = await runPhoenixWorkload({
      databases: [serverUrl ? 'postgres' : 'pglite'],
      serverUrl,
      users: 2,
      lettersPerUser: 1,
      explorationsPerUser: 1,
      connections: 4,
      warmupSeconds: 0,
      durationSeconds: 1,
    });
    expect(figure?.error).toBeUndefined();
    expect(figure?.complete).toBeGreaterThan(0);
    expect(figure).toMatchObject({ incomplete: 0, non2xx: 0, rateLimited: 0, errors: 0 });
    expect(Object.keys(figure?.sqlPerRequestBySubgraph ?? {}).sort()).toEqual(['accounts', 'aube', 'billing', 'letters']);
    expect(figure?.sqlPerRequest).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
