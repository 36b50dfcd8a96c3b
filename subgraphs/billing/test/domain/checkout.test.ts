import { describe, expect, it } from '@jest/globals';
import { decideCheckout } from '../../src/domain/checkout.js';
import { state } from './fixtures.js';

describe('decideCheckout', () => {
  it('lets a FREE user without subscription buy either paid plan', () => {
    expect(decideCheckout('PREMIUM', 'FREE', [])).toEqual({ ok: true, plan: 'PREMIUM' });
    expect(decideCheckout('PREMIUM_PLUS', 'FREE', [state(0, { status: 'CANCELED' })])).toEqual({ ok: true, plan: 'PREMIUM_PLUS' });
  });

  it('refuses FREE, which needs no payment', () => {
    expect(decideCheckout('FREE', 'FREE', []).ok).toBe(false);
  });

  it("refuses the caller's current plan, from the token or from a running subscription", () => {
    expect(decideCheckout('PREMIUM', 'PREMIUM', []).ok).toBe(false);
    expect(decideCheckout('PREMIUM', 'FREE', [state(0)]).ok).toBe(false);
  });

  it('refuses a second paid subscription and points to the billing portal', () => {
    const decision = decideCheckout('PREMIUM_PLUS', 'PREMIUM', [state(0, { status: 'PAST_DUE' })]);
    expect(decision).toEqual({ ok: false, message: expect.stringContaining('billing portal') });
  });

  it('lets an admin-granted PREMIUM user without subscription buy PREMIUM_PLUS', () => {
    expect(decideCheckout('PREMIUM_PLUS', 'PREMIUM', []).ok).toBe(true);
  });
});
