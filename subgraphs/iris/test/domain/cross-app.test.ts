import { describe, expect, it } from '@jest/globals';
import { assistantContext, moodTrend, occupationOf } from '../../src/domain/cross-app.js';

const NOW = new Date('2026-05-14T08:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('occupationOf', () => {
  it('names the job of an Aube score by its ROME domain, with the score', () => {
    expect(occupationOf({ romeCode: 'C1201', score: 58 })).toEqual({ code: 'C1201', title: 'un métier du domaine « Banque, assurance, immobilier »', resilienceScore: 58 });
  });

  it('has nothing to say without a ROME code', () => {
    expect(occupationOf({ romeCode: null, score: 58 })).toBeUndefined();
    expect(occupationOf(undefined)).toBeUndefined();
  });
});

describe('moodTrend', () => {
  it('averages the moods of the last seven days, and reads a flat confidence as no change', () => {
    const moods = [{ mood: 4, confidence: 5, at: daysAgo(1) }, { mood: 7, confidence: 5, at: daysAgo(3) }, { mood: 1, confidence: 5, at: daysAgo(9) }];
    expect(moodTrend(moods, NOW)).toEqual({ moodAverage7d: 5.5, confidenceChange30d: 0 });
  });

  it('says nothing of confidence with fewer than three entries or less than a week', () => {
    expect(moodTrend([{ mood: 4, confidence: 2, at: daysAgo(1) }, { mood: 7, confidence: 9, at: daysAgo(20) }], NOW)).toEqual({ moodAverage7d: 4 });
    expect(moodTrend([1, 2, 3].map((days) => ({ mood: 5, confidence: days, at: daysAgo(days) })), NOW)).toEqual({ moodAverage7d: 5 });
  });

  it('measures a month of falling confidence once entries span a week', () => {
    const moods = [20, 13, 6, 1].map((days, i) => ({ mood: 5, confidence: 8 - i, at: daysAgo(days) }));
    const trend = moodTrend(moods, NOW);
    expect(trend.confidenceChange30d).toBeLessThan(-4);
    expect(trend.moodAverage7d).toBe(5);
  });

  it('ignores entries from the future or older than thirty days', () => {
    expect(moodTrend([{ mood: 9, confidence: 9, at: daysAgo(-1) }, { mood: 9, confidence: 9, at: daysAgo(31) }], NOW)).toEqual({});
  });
});

describe('assistantContext', () => {
  it('is undefined when the other apps have nothing', () => {
    expect(assistantContext({ lettersWritten: 0, moods: [] }, NOW)).toBeUndefined();
  });

  it('gathers the occupation, the letters and the trend', () => {
    expect(assistantContext({ aube: { romeCode: 'M1805', score: 71 }, lettersWritten: 3, moods: [{ mood: 6, confidence: 6, at: daysAgo(2) }] }, NOW)).toEqual({
      occupation: { code: 'M1805', title: 'un métier du domaine « Support à l’entreprise »', resilienceScore: 71 },
      lettersWritten: 3,
      trend: { moodAverage7d: 6 },
    });
  });
});
