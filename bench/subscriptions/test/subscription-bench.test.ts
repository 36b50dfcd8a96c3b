import { describe, expect, it } from '@jest/globals';
import { runSubscriptionBench, subscriptionReportFigures } from '../index.js';
import { quantile } from '../stats.js';

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(quantile(values, 0.5)).toBe(5);
    expect(quantile(values, 0.99)).toBe(10);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile([], 0.5)).toBeUndefined();
  });
});

// A small run of the subscription bench on this test run's database: the gateway's process
// boots, every subscriber receives every change, and Iris's replies are timed.
describe('the subscription bench', () => {
  it('delivers every systemHealth change to every subscriber through the gateway process and times Iris replies', async () => {
    const result = await runSubscriptionBench({ subscribers: 12, rounds: 2, irisMessages: 2 });
    // One assertion on the whole result, so a failure shows every figure.
    expect(result).toMatchObject({
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      systemHealth: { attached: 12, eventsExpected: 24, eventsReceived: 24, errors: 0, medianMs: expect.any(Number) },
      iris: { messages: 2, users: 1, errors: 0, medianMs: expect.any(Number) },
    });
    expect(result.error).toBeUndefined();
    // The gateway holds every client's socket (the subscribers share one upstream socket: all anonymous).
    const files = result.systemHealth?.gatewayOpenFiles;
    expect(files?.withSubscribers).toBeGreaterThan(files?.before ?? Infinity);
    expect(subscriptionReportFigures(result).figures['systemHealth errors']).toBe(0);
  }, 240_000);
});
