import { describe, expect, it } from '@jest/globals';
import { TIERS } from '@phoenix/context-token';
import { PLAN_CATALOG, isPaidTier, planFor } from '../src/index.js';

describe('plan catalog', () => {
  it('has exactly one plan per tier', () => {
    expect(PLAN_CATALOG.map((p) => p.tier).sort()).toEqual([...TIERS].sort());
  });

  it('states the prices and quotas of DOMAIN.md', () => {
    expect(planFor('PREMIUM').priceMonthlyCents).toBe(999);
    expect(planFor('PREMIUM_PLUS').priceMonthlyCents).toBe(1599);
    expect(planFor('FREE').quotas).toEqual({ lettersPerMonth: 3, irisMessagesPerDay: 5, irisContextDays: 1, coachingSessionsPerMonth: 2 });
    expect(planFor('PREMIUM').quotas.lettersPerMonth).toBe(50);
    expect(planFor('PREMIUM_PLUS').quotas.lettersPerMonth).toBeNull();
    expect(planFor('PREMIUM_PLUS').quotas.irisContextDays).toBe(30);
  });

  it('reserves ATS, Mirror Match and Coach for paying tiers', () => {
    expect(planFor('FREE').features).not.toContain('letters.ats');
    for (const tier of ['PREMIUM', 'PREMIUM_PLUS'] as const) expect(planFor(tier).features).toContain('letters.coach');
    expect(isPaidTier('FREE')).toBe(false);
    expect(isPaidTier('PREMIUM')).toBe(true);
  });
});
