import { describe, expect, it } from '@jest/globals';
import { addDays, isIsoDate, isTimeZone, localDate, monthPeriod, zonedMidnight } from '../src/calendar.js';

describe('monthPeriod', () => {
  it('counts the Paris calendar month, reset at Paris midnight in summer time', () => {
    const period = monthPeriod(new Date('2026-03-31T10:00:00Z'), 'Europe/Paris');
    expect(period).toEqual({ key: '2026-03', start: new Date('2026-02-28T23:00:00Z'), resetsAt: new Date('2026-03-31T22:00:00Z') });
  });

  it('puts the first Paris hour of a month in that month, although UTC is still in the last one', () => {
    expect(monthPeriod(new Date('2026-04-30T22:30:00Z'), 'Europe/Paris').key).toBe('2026-05');
    expect(monthPeriod(new Date('2026-04-30T22:30:00Z'), 'UTC').key).toBe('2026-04');
  });

  it('rolls December over into the next year', () => {
    expect(monthPeriod(new Date('2026-12-15T12:00:00Z'), 'Europe/Paris').resetsAt).toEqual(new Date('2026-12-31T23:00:00Z'));
  });
});

describe('local dates', () => {
  it('gives the local day of an instant', () => {
    expect(localDate(new Date('2026-06-30T22:30:00Z'), 'Europe/Paris')).toBe('2026-07-01');
    expect(localDate(new Date('2026-06-30T22:30:00Z'), 'America/New_York')).toBe('2026-06-30');
  });

  it('finds local midnight on the day summer time begins', () => {
    expect(zonedMidnight(2026, 3, 29, 'Europe/Paris')).toEqual(new Date('2026-03-28T23:00:00Z'));
    expect(zonedMidnight(2026, 3, 30, 'Europe/Paris')).toEqual(new Date('2026-03-29T22:00:00Z'));
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate('31/03/2026')).toBe(false);
  });

  it('moves a date by whole days across months', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows IANA zones from made-up ones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
