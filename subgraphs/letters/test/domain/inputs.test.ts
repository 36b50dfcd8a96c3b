import { describe, expect, it } from '@jest/globals';
import { aubeContextInput, careerChangeInput, longText, shortList, shortText } from '../../src/domain/inputs.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  return undefined;
};

describe('input checks', () => {
  it('accepts 50 to 50,000 characters once trimmed, and names the field otherwise', () => {
    expect(longText('cvText', `  ${'a'.repeat(50)}  `)).toHaveLength(50);
    expect(longText('cvText', 'a'.repeat(50_000))).toHaveLength(50_000);
    expect(codeOf(() => longText('cvText', ` ${'a'.repeat(49)} `))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvText' });
    expect(codeOf(() => longText('offerText', 'a'.repeat(50_001)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offerText' });
  });

  it('collapses spaces in short texts and refuses empty or oversized ones', () => {
    expect(shortText('company', '  Maison   Verdier ')).toBe('Maison Verdier');
    expect(codeOf(() => shortText('company', ''))).toMatchObject({ field: 'company' });
    expect(codeOf(() => shortText('jobTitle', 'x'.repeat(201)))).toMatchObject({ field: 'jobTitle' });
  });

  it('takes at most ten skills', () => {
    expect(shortList('skills', undefined)).toEqual([]);
    expect(codeOf(() => shortList('skills', Array.from({ length: 11 }, () => 'Excel')))).toMatchObject({ field: 'skills' });
  });

  it('checks a career change and an Aube context field by field', () => {
    expect(careerChangeInput({ previousDomain: ' la comptabilité ', newDomain: 'la data', transferableSkills: ['Excel'] })).toEqual({
      previousDomain: 'la comptabilité',
      newDomain: 'la data',
      transferableSkills: ['Excel'],
      yearsOfExperience: null,
    });
    expect(careerChangeInput(null)).toBeNull();
    expect(codeOf(() => careerChangeInput({ previousDomain: 'a', newDomain: 'b', yearsOfExperience: 2.5 }))).toMatchObject({ field: 'careerChange.yearsOfExperience' });
    expect(aubeContextInput({ occupationTitle: 'Comptable', occupationCode: 'M1203', resilienceScore: 41 })).toEqual({ occupationTitle: 'Comptable', occupationCode: 'M1203', resilienceScore: 41, skills: [] });
    expect(codeOf(() => aubeContextInput({ occupationTitle: 'Comptable', occupationCode: 'm1203' }))).toMatchObject({ field: 'aubeContext.occupationCode' });
  });
});
