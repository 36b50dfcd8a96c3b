import { describe, expect, it } from '@jest/globals';
import { BURNOUT_RULE, burnoutSignals, emotionalTrend, leastSquaresSlope, riskOf, type MoodPoint } from '../../src/domain/trend.js';

const NOW = new Date('2026-03-31T10:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One entry per day, `days[0]` today an hour ago, `days[1]` yesterday… */
function daily(days: readonly [mood: number, confidence: number][]): MoodPoint[] {
  return days.map(([mood, confidence], i) => ({ at: new Date(NOW.getTime() - HOUR - i * DAY), mood, confidence }));
}

describe('emotionalTrend', () => {
  it('averages the mood of the last 7 days only, leaving older and future entries out', () => {
    const points = [
      ...daily([
        [8, 5],
        [6, 5],
        [4, 5],
      ]),
      { at: new Date(NOW.getTime() - 8 * DAY), mood: 1, confidence: 5 },
      { at: new Date(NOW.getTime() + HOUR), mood: 1, confidence: 5 },
    ];
    const trend = emotionalTrend(points, NOW);
    expect(trend.moodAverage7d).toBe(6);
    expect(trend.entries7d).toBe(3);
    expect(trend.entries30d).toBe(4);
  });

  it('measures the 30-day confidence slope in points per day and over a month', () => {
    // Confidence loses exactly one point every five days.
    const points = Array.from({ length: 30 }, (_, i) => ({ at: new Date(NOW.getTime() - HOUR - i * DAY), mood: 6, confidence: 3 + i / 5 }));
    const trend = emotionalTrend(points, NOW);
    expect(trend.confidenceSlope30d).toBeCloseTo(-0.2, 10);
    expect(trend.confidenceChange30d).toBeCloseTo(-6, 10);
  });

  it('gives no slope from entries spread over less than a week, and no volatility from fewer than three entries', () => {
    const trend = emotionalTrend(
      daily([
        [5, 9],
        [5, 5],
      ]),
      NOW,
    );
    expect(trend.confidenceSlope30d).toBeNull();
    expect(trend.confidenceChange30d).toBeNull();
    expect(trend.moodVolatility7d).toBeNull();
  });

  it('says UNKNOWN, with no signals, below three entries in the week however low the mood', () => {
    const trend = emotionalTrend(
      daily([
        [1, 1],
        [1, 1],
      ]),
      NOW,
    );
    expect(trend.burnoutRisk).toBe('UNKNOWN');
    expect(trend.signals).toEqual([]);
  });

  it('rates a week of very low mood with falling confidence HIGH', () => {
    const month = Array.from({ length: 30 }, (_, i): [number, number] => [i < 7 ? 3 : 6, Math.round(3 + i / 5)]);
    const trend = emotionalTrend(daily(month), NOW);
    expect(trend.signals).toEqual(['VERY_LOW_MOOD', 'FALLING_CONFIDENCE']);
    expect(trend.burnoutRisk).toBe('HIGH');
  });

  it('rates a steady good week with rising confidence LOW', () => {
    const month = Array.from({ length: 30 }, (_, i): [number, number] => [7 + (i % 2), Math.round(8 - i / 6)]);
    const trend = emotionalTrend(daily(month), NOW);
    expect(trend.signals).toEqual([]);
    expect(trend.burnoutRisk).toBe('LOW');
  });

  it('counts swings of mood as volatility', () => {
    const trend = emotionalTrend(
      daily([
        [9, 5],
        [3, 5],
        [9, 5],
        [3, 5],
      ]),
      NOW,
    );
    expect(trend.moodVolatility7d).toBe(3);
    expect(trend.signals).toEqual(['VOLATILE_MOOD']);
  });
});

describe('the burnout rule', () => {
  it('scores a low mood 1, a very low mood 2, falling confidence 1 and volatility 1', () => {
    expect(riskOf(['LOW_MOOD'])).toBe('LOW');
    expect(riskOf(['VERY_LOW_MOOD'])).toBe('MODERATE');
    expect(riskOf(['LOW_MOOD', 'FALLING_CONFIDENCE'])).toBe('MODERATE');
    expect(riskOf(['LOW_MOOD', 'FALLING_CONFIDENCE', 'VOLATILE_MOOD'])).toBe('HIGH');
    expect(riskOf(['VERY_LOW_MOOD', 'VOLATILE_MOOD'])).toBe('HIGH');
  });

  it('never reaches HIGH without a mood signal', () => {
    expect(riskOf(['FALLING_CONFIDENCE', 'VOLATILE_MOOD'])).toBe('MODERATE');
  });

  it('uses its thresholds inclusively', () => {
    expect(burnoutSignals({ moodAverage7d: BURNOUT_RULE.lowMoodAverage, moodVolatility7d: BURNOUT_RULE.volatileStdDev, confidenceSlope30d: BURNOUT_RULE.fallingSlope })).toEqual([
      'LOW_MOOD',
      'FALLING_CONFIDENCE',
      'VOLATILE_MOOD',
    ]);
    expect(burnoutSignals({ moodAverage7d: 5.01, moodVolatility7d: 1.99, confidenceSlope30d: -0.09 })).toEqual([]);
    expect(burnoutSignals({ moodAverage7d: BURNOUT_RULE.veryLowMoodAverage, moodVolatility7d: null, confidenceSlope30d: null })).toEqual(['VERY_LOW_MOOD']);
  });
});

describe('leastSquaresSlope', () => {
  it('finds the slope of points on a line, and none when every x is the same', () => {
    expect(leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBeCloseTo(2, 10);
    expect(leastSquaresSlope([{ x: 1, y: 1 }, { x: 1, y: 5 }])).toBeNull();
  });
});
