import { describe, expect, it } from '@jest/globals';
import { isTimeZone } from '@phoenix/plans';
import { monthlyLetterLimit, quotaPeriod } from '../../src/domain/quota.js';

describe('letter quota periods', () => {
  it('counts calendar months in Paris time, summer and winter', () => {
    expect(quotaPeriod(new Date('2026-05-20T10:00:00Z'), 'Europe/Paris')).toEqual({
      month: '2026-05',
      startsAt: new Date('2026-04-30T22:00:00Z'),
      resetsAt: new Date('2026-05-31T22:00:00Z'),
    });
    expect(quotaPeriod(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toMatchObject({ month: '2026-01', resetsAt: new Date('2026-01-31T23:00:00Z') });
  });

  it('puts the first Paris hours of a month in that month, though UTC is still in the previous one', () => {
    expect(quotaPeriod(new Date('2026-03-31T22:30:00Z'), 'Europe/Paris').month).toBe('2026-04');
    expect(quotaPeriod(new Date('2026-03-31T21:59:59Z'), 'Europe/Paris').month).toBe('2026-03');
  });

  it('rolls over the year and handles the months when the clocks change', () => {
    expect(quotaPeriod(new Date('2026-12-31T12:00:00Z'), 'Europe/Paris')).toMatchObject({ month: '2026-12', resetsAt: new Date('2026-12-31T23:00:00Z') });
    expect(quotaPeriod(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris')).toMatchObject({ startsAt: new Date('2026-02-28T23:00:00Z'), resetsAt: new Date('2026-03-31T22:00:00Z') });
    expect(quotaPeriod(new Date('2026-10-25T12:00:00Z'), 'Europe/Paris')).toMatchObject({ startsAt: new Date('2026-09-30T22:00:00Z'), resetsAt: new Date('2026-10-31T23:00:00Z') });
  });

  it('reads the monthly limits from the plan catalog: 3, 50 and unlimited', () => {
    expect([monthlyLetterLimit('FREE'), monthlyLetterLimit('PREMIUM'), monthlyLetterLimit('PREMIUM_PLUS')]).toEqual([3, 50, null]);
  });

  it('knows IANA time zones', () => {
    expect([isTimeZone('Europe/Paris'), isTimeZone('America/Cayenne'), isTimeZone('Mars/Olympus')]).toEqual([true, true, false]);
  });
});
