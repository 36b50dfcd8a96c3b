import { describe, expect, it } from '@jest/globals';
import { formatDay, formatPercent, localDay, plural } from '../src/format/format';
import { lastDays, periodError, periodInstants } from '../src/pages/admin/period';
import { parseSkills, validateExploration } from '../src/pages/aube/inputs';
import { recordLatencies } from '../src/pages/health/health-history';
import { decodeBase64, letterFieldOf, longTextError, validateLetter } from '../src/pages/letters/inputs';
import { quotaExhausted, quotaReset, quotaSummary } from '../src/ui/quota';

const letters = { one: 'lettre', many: 'lettres', period: 'ce mois-ci', feminine: true };
const messages = { one: 'message', many: 'messages', period: 'aujourd’hui', feminine: false };

describe('quota sentences', () => {
  it('say what is left, with French agreement and plural', () => {
    expect(quotaSummary({ used: 1, limit: 3 }, letters)).toBe('2\u00a0lettres restantes sur 3 ce mois-ci.');
    expect(quotaSummary({ used: 4, limit: 5 }, messages)).toBe('1\u00a0message restant sur 5 aujourd’hui.');
    expect(quotaSummary({ used: 3, limit: 3 }, letters)).toBe('Vous avez utilisé 3\u00a0lettres sur 3 ce mois-ci.');
    expect(quotaSummary({ used: 12, limit: null }, messages)).toBe('Illimité avec votre offre (12\u00a0messages utilisés aujourd’hui).');
  });

  it('give the reset day, with the hour when it is within two days', () => {
    const now = Date.parse('2026-03-12T10:00:00.000Z');
    expect(quotaReset({ used: 0, limit: 3, resetsAt: '2026-04-01T00:00:00.000Z' }, now)).toMatch(/^Renouvellement le 1er avril 2026\.$/);
    expect(quotaReset({ used: 0, limit: 5, resetsAt: '2026-03-12T23:00:00.000Z' }, now)).toMatch(/^Renouvellement le 1[23] mars à \d\d:00\.$/);
    expect(quotaReset({ used: 0, limit: 5 })).toBeUndefined();
  });

  it('are exhausted only with a limit that is reached', () => {
    expect(quotaExhausted({ used: 3, limit: 3 })).toBe(true);
    expect(quotaExhausted({ used: 2, limit: 3 })).toBe(false);
    expect(quotaExhausted({ used: 999, limit: null })).toBe(false);
  });
});

describe('French formats', () => {
  it('write plurals from 2, days as the calendar shows them, and percentages', () => {
    expect([plural(0, 'mot', 'mots'), plural(1, 'mot', 'mots'), plural(2, 'mot', 'mots')]).toEqual(['0\u00a0mot', '1\u00a0mot', '2\u00a0mots']);
    expect(formatDay('2027-01-15')).toBe('15 janvier 2027');
    expect(formatDay('2027-03-01')).toBe('1er mars 2027');
    expect(formatDay('15/01/2027')).toBeUndefined();
    expect(formatPercent(0.375)).toBe('37,5\u00a0%');
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});

describe('Aube inputs', () => {
  it('read skills one per line or separated by commas, without blanks or duplicates', () => {
    expect(parseSkills(' gestion de projet, Relation client\n\nrelation  client ; Excel ')).toEqual(['gestion de projet', 'Relation client', 'Excel']);
  });

  it('require a chosen job and 0–60 whole years, and limit the skills', () => {
    expect(validateExploration({ occupationCode: 'M1203', yearsOfExperience: '15', skills: [] })).toEqual({});
    const errors = validateExploration({ occupationCode: undefined, yearsOfExperience: '61', skills: Array.from({ length: 31 }, (_, i) => `compétence ${i}`) });
    expect(Object.keys(errors).sort()).toEqual(['occupation', 'skills', 'yearsOfExperience']);
    expect(validateExploration({ occupationCode: 'M1203', yearsOfExperience: '2.5', skills: ['x'.repeat(121)] })).toEqual({
      yearsOfExperience: expect.any(String),
      skills: 'Chaque compétence fait au plus 120\u00a0caractères.',
    });
  });
});

describe('letter inputs', () => {
  const valid = { cvText: 'c'.repeat(50), offerText: 'o'.repeat(60), jobTitle: 'Contrôleuse de gestion', company: 'Atelier Lumière', candidateName: '', careerChange: undefined };

  it('accept texts of 50 characters once trimmed, and say how many there are otherwise', () => {
    expect(validateLetter(valid)).toEqual({});
    expect(longTextError(`  ${'a'.repeat(49)}  `, 'Votre CV')).toBe('Votre CV doit contenir au moins 50\u00a0caractères (actuellement 49).');
  });

  it('check the career change only when one is described', () => {
    const errors = validateLetter({ ...valid, careerChange: { previousDomain: '', newDomain: 'la data', transferableSkills: Array.from({ length: 11 }, () => 'x') } });
    expect(Object.keys(errors).sort()).toEqual(['previousDomain', 'transferableSkills']);
  });

  it('map the field the server names to the form field', () => {
    expect(letterFieldOf('cvText')).toBe('cvText');
    expect(letterFieldOf('careerChange.previousDomain')).toBe('previousDomain');
    expect(letterFieldOf('aubeContext.occupationCode')).toBeUndefined();
  });

  it('decode an exported file', () => {
    const base64 = btoa(String.fromCharCode(...new TextEncoder().encode('Lettre à Atelier Lumière')));
    expect(new TextDecoder().decode(decodeBase64(base64))).toBe('Lettre à Atelier Lumière');
  });
});

describe('admin periods', () => {
  it('turn local days, both included, into the API’s half-open range', () => {
    const { from, to } = periodInstants({ from: '2026-03-01', to: '2026-03-31' });
    expect(Date.parse(to) - Date.parse(from)).toBe(31 * 86_400_000);
    expect(new Date(from).getDate()).toBe(1);
  });

  it('cover the last n days up to today, and refuse reversed or too long periods', () => {
    expect(lastDays(30, new Date(2026, 2, 30))).toEqual({ from: '2026-03-01', to: '2026-03-30' });
    expect(periodError({ from: '2026-03-10', to: '2026-03-01' })).toBe('La date de début doit précéder la date de fin.');
    expect(periodError({ from: '2020-01-01', to: '2026-01-01' })).toBe('Choisissez une période de deux ans au plus.');
    expect(periodError({ from: '', to: '2026-01-01' })).toBe('Choisissez deux dates.');
    expect(periodError({ from: '2026-01-01', to: '2026-01-01' })).toBeUndefined();
  });
});

describe('the live health history', () => {
  it('records each round of checks once, keeping the latest values', () => {
    const round = (checkedAt: string, latencyMs: number | null) => ({ checkedAt, services: [{ name: 'aube', latencyMs }] });
    let history = recordLatencies({}, round('t1', 80), undefined);
    history = recordLatencies(history, round('t1', 80), 't1');
    history = recordLatencies(history, round('t2', null), 't1');
    history = recordLatencies(history, round('t3', 90), 't2', 2);
    history = recordLatencies(history, round('t4', 70), 't3', 2);
    expect(history).toEqual({ aube: [90, 70] });
  });
});
