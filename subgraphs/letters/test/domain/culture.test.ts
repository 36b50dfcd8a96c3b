import { describe, expect, it } from '@jest/globals';
import { readCulture, toneFor } from '../../src/domain/culture.js';
import { OFFER_ASSOCIATION, OFFER_BANQUE, OFFER_DATA, OFFER_ENTREPOT, OFFER_STARTUP } from '../fixtures/offers.js';

describe('Mirror Match', () => {
  it('reads a bank’s offer as formal, structured, hierarchical and traditional, and calls for a formal letter', () => {
    expect(readCulture(OFFER_BANQUE, 'Banque Delorme & Associés')).toMatchObject({
      communicationStyle: 'FORMAL',
      workEnvironment: 'STRUCTURED',
      leadershipStyle: 'HIERARCHICAL',
      innovationLevel: 'LOW',
      recommendedTone: 'formel',
    });
  });

  it('reads a start-up’s offer as casual, fast-paced, flat and innovative, and calls for a start-up letter', () => {
    expect(readCulture(OFFER_STARTUP, 'Kumo')).toMatchObject({
      communicationStyle: 'CASUAL',
      workEnvironment: 'FAST_PACED',
      leadershipStyle: 'FLAT',
      innovationLevel: 'HIGH',
      recommendedTone: 'startup',
    });
  });

  it('reads an association’s offer as mission-driven and participative', () => {
    expect(readCulture(OFFER_ASSOCIATION, 'Les Ateliers du Lien')).toMatchObject({ workEnvironment: 'MISSION_DRIVEN', leadershipStyle: 'PARTICIPATIVE', recommendedTone: 'associatif' });
  });

  it('quotes the offer’s own words as signals', () => {
    const signals = readCulture(OFFER_STARTUP, 'Kumo').signals;
    expect(signals).toEqual(expect.arrayContaining([
      { dimension: 'communication', value: 'CASUAL', cue: 'Rejoins-nous' },
      { dimension: 'environment', value: 'FAST_PACED', cue: 'hypercroissance' },
      { dimension: 'leadership', value: 'FLAT', cue: 'pas de hiérarchie' },
    ]));
    for (const signal of signals) expect(OFFER_STARTUP).toContain(signal.cue);
  });

  it('is confident when many cues agree and unsure when the offer says little', () => {
    const clear = readCulture(OFFER_STARTUP, 'Kumo').confidence;
    const vague = readCulture(OFFER_DATA, 'Optimark');
    expect(clear).toBeGreaterThan(0.8);
    expect(vague.confidence).toBeLessThan(0.3);
    expect(vague.recommendedTone).toBe('sobre');
    expect(readCulture(OFFER_ENTREPOT, 'Maison Verdier').confidence).toBeGreaterThan(vague.confidence);
  });

  it('explains its tone in French, naming the company', () => {
    expect(readCulture(OFFER_BANQUE, 'Banque Delorme & Associés').explanation).toMatch(/^Ton conseillé pour Banque Delorme & Associés : formel\./);
  });

  it('maps each culture to a tone of DOMAIN.md', () => {
    const base = { communicationStyle: 'NEUTRAL', workEnvironment: 'COLLABORATIVE', leadershipStyle: 'PARTICIPATIVE', innovationLevel: 'MEDIUM' } as const;
    expect(toneFor({ ...base, workEnvironment: 'FAST_PACED' }, false)).toBe('dynamique');
    expect(toneFor({ ...base, innovationLevel: 'HIGH' }, true)).toBe('creatif');
    expect(toneFor(base, false)).toBe('sobre');
  });
});
