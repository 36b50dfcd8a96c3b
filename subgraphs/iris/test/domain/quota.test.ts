import { describe, expect, it } from '@jest/globals';
import { contextDays, dailyMessageLimit, dayPeriod, historyCutoff } from '../../src/domain/quota.js';

describe('the quota day', () => {
  it('is the local day of the time zone, resetting at the next local midnight', () => {
    // 23:30 UTC on 14 May is already 15 May in Paris (UTC+2).
    expect(dayPeriod(new Date('2026-05-14T23:30:00Z'), 'Europe/Paris')).toEqual({ day: '2026-05-15', resetsAt: new Date('2026-05-15T22:00:00Z') });
    expect(dayPeriod(new Date('2026-05-14T23:30:00Z'), 'UTC')).toEqual({ day: '2026-05-14', resetsAt: new Date('2026-05-15T00:00:00Z') });
  });

  it('lasts 23 hours on the day clocks go forward', () => {
    const period = dayPeriod(new Date('2026-03-29T08:00:00Z'), 'Europe/Paris');
    expect(period).toEqual({ day: '2026-03-29', resetsAt: new Date('2026-03-29T22:00:00Z') });
  });

  it('rolls over the end of a month', () => {
    expect(dayPeriod(new Date('2026-01-31T12:00:00Z'), 'Europe/Paris').resetsAt).toEqual(new Date('2026-01-31T23:00:00Z'));
  });
});

describe('the plan catalog', () => {
  it('gives 5 / 50 / unlimited messages a day and 1 / 7 / 30 days of history', () => {
    expect([dailyMessageLimit('FREE'), dailyMessageLimit('PREMIUM'), dailyMessageLimit('PREMIUM_PLUS')]).toEqual([5, 50, null]);
    expect([contextDays('FREE'), contextDays('PREMIUM'), contextDays('PREMIUM_PLUS')]).toEqual([1, 7, 30]);
    expect(historyCutoff('PREMIUM', new Date('2026-05-14T08:00:00Z'))).toEqual(new Date('2026-05-07T08:00:00Z'));
  });
});
