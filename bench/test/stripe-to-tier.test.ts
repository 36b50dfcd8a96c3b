import { describe, expect, it } from '@jest/globals';
import { runStripeToSubscriptionBench } from '../stripe-to-tier.js';

describe('the Stripe → subscription latency bench', () => {
  it('measures every delivery from webhook receipt to the committed subscription and event', async () => {
    const result = await runStripeToSubscriptionBench(5);
    expect(result.count).toBe(5);
    expect(result.medianMs).toBeGreaterThan(0);
    expect(result.maxMs).toBeGreaterThanOrEqual(result.p95Ms);
    // Starts billing, a gateway and the local Stripe server: slower than the default on a busy CI machine.
  }, 90_000);
});
