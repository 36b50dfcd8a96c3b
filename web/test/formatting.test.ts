import { describe, expect, it } from '@jest/globals';
import { safeReturnPath } from '../src/app/paths';
import { formatDate, formatEuros } from '../src/format/format';
import { featureLines, quotaLines } from '../src/pages/pricing/plan-lines';

describe('formatEuros', () => {
  it('writes prices the French way, without decimals for whole amounts', () => {
    expect(formatEuros(9.99)).toBe('9,99\u00a0€');
    expect(formatEuros(15.99)).toBe('15,99\u00a0€');
    expect(formatEuros(0)).toBe('0\u00a0€');
    expect(formatEuros(1200.5)).toBe('1\u202f200,50\u00a0€');
  });
});

describe('formatDate', () => {
  it('writes a long French date, and nothing for a value that is not a date', () => {
    expect(formatDate('2026-03-12T09:30:00.000Z')).toBe('12 mars 2026');
    expect(formatDate('soon')).toBeUndefined();
  });
});

describe('plan lines', () => {
  it('describe limits with plurals and unlimited quotas in words', () => {
    expect(quotaLines({ lettersPerMonth: 3, irisMessagesPerDay: 5, irisContextDays: 1, coachingSessionsPerMonth: 2 })).toEqual([
      '3\u00a0lettres de motivation par mois',
      '5\u00a0messages par jour avec Iris',
      'Iris se souvient de 1\u00a0jour de contexte',
      '2\u00a0séances de coaching par mois',
    ]);
    expect(quotaLines({ lettersPerMonth: null, irisMessagesPerDay: null, irisContextDays: 30, coachingSessionsPerMonth: null })).toEqual([
      'Lettres de motivation illimitées',
      'Messages illimités avec Iris',
      'Iris se souvient de 30\u00a0jours de contexte',
      'Séances de coaching illimitées',
    ]);
  });

  it('show only the features the web can describe', () => {
    expect(featureLines(['letters.ats', 'something.new'])).toEqual(['Analyse ATS de vos lettres']);
  });
});

describe('safeReturnPath', () => {
  it('accepts a path of this site and refuses anything that could leave it', () => {
    expect(safeReturnPath('/tarifs?plan=PREMIUM')).toBe('/tarifs?plan=PREMIUM');
    expect(safeReturnPath('//evil.example/compte')).toBe('/compte');
    expect(safeReturnPath('/\\evil.example')).toBe('/compte');
    expect(safeReturnPath('https://evil.example')).toBe('/compte');
    expect(safeReturnPath(null)).toBe('/compte');
  });
});
