import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import type { SubgraphContext } from '../src/index.js';
import { startTestSubgraph } from '../src/testing.js';

describe('subgraph workers', () => {
  it('start once the server listens and stop before it closes', async () => {
    const events: string[] = [];
    const subgraph = await startTestSubgraph<SubgraphContext>({
      name: 'sample',
      typeDefs: parse('type Query { ok: Boolean }'),
      resolvers: { Query: { ok: () => true } },
      createContext: ({ principal }) => ({ principal }),
      checkReady: async () => undefined,
      workers: [
        {
          start: () => {
            events.push('started');
          },
          stop: async () => {
            events.push('stopped');
          },
        },
      ],
    });
    expect(events).toEqual(['started']);
    expect((await subgraph.execute<{ ok: boolean }>('{ ok }')).data?.ok).toBe(true);
    await subgraph.stop();
    expect(events).toEqual(['started', 'stopped']);
  });
});
