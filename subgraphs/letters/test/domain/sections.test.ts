import { describe, expect, it } from '@jest/globals';
import { letterSections } from '../../src/domain/sections.js';
import { STRONG_LETTER, WEAK_LETTER } from '../fixtures/letters.js';

describe('letter sections', () => {
  it('reads subject, greeting, hook, body and closing formula, leaving the signature out', () => {
    const sections = letterSections(STRONG_LETTER);
    expect(sections.subject).toBe("candidature au poste de responsable d'entrepôt");
    expect(sections.greeting).toBe('Madame, Monsieur,');
    expect(sections.hook).toMatch(/^Maison Verdier prépare chaque jour/);
    expect(sections.body).toHaveLength(3);
    expect(sections.closing).toMatch(/salutations distinguées\.$/);
  });

  it('takes a closing paragraph that also asks for an interview as the closing formula', () => {
    expect(letterSections(WEAK_LETTER).closing).toMatch(/^Je reste à votre disposition/);
  });

  it('leaves out what a letter lacks', () => {
    expect(letterSections('Je vous écris au sujet de votre offre.\n\nJ’ai dix ans d’expérience en entrepôt.')).toEqual({
      subject: null,
      greeting: null,
      hook: 'Je vous écris au sujet de votre offre.',
      body: ['J’ai dix ans d’expérience en entrepôt.'],
      closing: null,
    });
  });
});
