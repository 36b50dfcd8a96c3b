import { describe, expect, it } from '@jest/globals';
import { analyzeAts, ATS_WEIGHTS, lengthBand } from '../../src/domain/ats.js';
import { ATS_LETTER, STRONG_LETTER, WEAK_LETTER } from '../fixtures/letters.js';
import { OFFER_BANQUE, OFFER_ENTREPOT } from '../fixtures/offers.js';

const analyse = (text: string) => analyzeAts(text, OFFER_ENTREPOT, 'Maison Verdier');

describe('ATS analysis', () => {
  it('rises when a missing keyword of the offer is added to the letter', () => {
    const before = analyse(ATS_LETTER);
    expect(before.missingKeywords).toContain('inventaires');
    const after = analyse(ATS_LETTER.replace('La fiabilité des stocks reste', 'La fiabilité des stocks et des inventaires reste'));
    expect(after.matchedKeywords).toContain('inventaires');
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('breaks the score into five weighted factors whose contributions add up to it', () => {
    const result = analyse(STRONG_LETTER);
    expect(result.factors.map((f) => [f.name, f.weight])).toEqual(Object.entries(ATS_WEIGHTS));
    expect(Object.values(ATS_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    const sum = result.factors.reduce((total, f) => total + f.contribution, 0);
    expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(1);
  });

  it('scores a letter written for the offer above a stock letter, and above the same letter read against another offer', () => {
    expect(analyse(STRONG_LETTER).score).toBeGreaterThan(analyse(WEAK_LETTER).score + 15);
    expect(analyse(STRONG_LETTER).score).toBeGreaterThan(analyzeAts(STRONG_LETTER, OFFER_BANQUE, 'Banque Delorme & Associés').score);
  });

  it('counts action verbs and quantified results of the letter', () => {
    const result = analyse(STRONG_LETTER);
    expect(result.actionVerbs).toEqual(expect.arrayContaining(['encadré', 'réduit', 'piloté']));
    expect(result.quantifiedResults).toEqual(expect.arrayContaining([expect.stringContaining('35 %')]));
  });

  it('places 200–400 words in the ideal band', () => {
    expect([lengthBand(199), lengthBand(200), lengthBand(400), lengthBand(401)]).toEqual(['TOO_SHORT', 'IDEAL', 'IDEAL', 'TOO_LONG']);
    expect(analyse(STRONG_LETTER).lengthBand).toBe('IDEAL');
  });

  it('loses points for formatting an ATS parses badly', () => {
    const clean = analyse(STRONG_LETTER);
    const messy = analyse(`${STRONG_LETTER}\n★ Compétences | WMS | CACES\nPage 1/1`);
    expect(messy.formattingProblems.map((p) => p.kind)).toEqual(['TABLE', 'SPECIAL_GLYPHS', 'HEADER_FOOTER']);
    expect(messy.score).toBeLessThan(clean.score);
  });
});
