import { describe, expect, it } from '@jest/globals';
import type { BaseContext, GraphQLRequestListener } from '@apollo/server';
import { metrics } from '../src/index.js';
import { operationMetricsPlugin } from '../src/apollo-plugin.js';

const service = 'plugin-under-test';

// Drives the plugin's hooks the way Apollo Server does for one operation.
async function run(operationName: string | null, response: { status?: number; errors?: { extensions: { code: string } }[]; data?: unknown }, principal = 'anonymous') {
  const plugin = operationMetricsPlugin<BaseContext>(service);
  const listener = (await plugin.requestDidStart?.({ contextValue: { principal: { kind: principal } } } as never)) as GraphQLRequestListener<BaseContext>;
  await listener.didResolveOperation?.({ operationName, operation: { operation: 'query' } } as never);
  await listener.willSendResponse?.({
    response: { http: { status: response.status }, body: { kind: 'single', singleResult: { errors: response.errors, data: response.data } } },
  } as never);
}

const value = async (counter: { get(): Promise<{ values: { labels: Record<string, unknown>; value: number }[] }> }, labels: Record<string, string>) =>
  (await counter.get()).values.filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l)).reduce((sum, v) => sum + v.value, 0);

describe('operationMetricsPlugin', () => {
  it('counts operations by bounded name and outcome, and times them', async () => {
    await run('Dashboard', { data: { me: { id: '1' } } });
    await run(null, { status: 400, errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
    await run('Dashboard', { data: { me: null, plans: [] }, errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
    expect(await value(metrics.graphqlRequests, { service, operation: 'Dashboard', outcome: 'ok' })).toBe(1);
    expect(await value(metrics.graphqlRequests, { service, operation: '(anonymous)', outcome: 'client_error' })).toBe(1);
    expect(await value(metrics.graphqlRequests, { service, operation: 'Dashboard', outcome: 'degraded' })).toBe(1);
    expect(await value(metrics.graphqlErrors, { service, code: 'SUBGRAPH_UNAVAILABLE' })).toBe(1);
    const durations = (await metrics.graphqlDuration.get()).values.filter((v) => v.labels.service === service && v.metricName?.endsWith('_count'));
    expect(durations.reduce((sum, v) => sum + v.value, 0)).toBe(3);
  });

  it('counts cost rejections and rate-limit hits by principal kind', async () => {
    await run('Expensive', { status: 400, errors: [{ extensions: { code: 'COST_LIMIT_EXCEEDED' } }] }, 'user');
    await run('Burst', { status: 429, errors: [{ extensions: { code: 'RATE_LIMITED' } }] }, 'partner');
    await run('Burst', { status: 429, errors: [{ extensions: { code: 'RATE_LIMITED' } }] }, 'something-else');
    expect(await value(metrics.costRejections, { principal: 'user' })).toBe(1);
    expect(await value(metrics.rateLimitHits, { principal: 'partner' })).toBe(1);
    expect(await value(metrics.rateLimitHits, { principal: 'unknown' })).toBe(1);
  });
});
