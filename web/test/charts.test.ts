import { describe, expect, it } from '@jest/globals';
import { barLength, gaugeArc, integerTicks, linePath, scaleLinear, scoreTone } from '../src/ui/charts/geometry';
import { layoutLineChart } from '../src/ui/charts/line-chart';

describe('chart geometry', () => {
  it('maps a domain onto a range, and a collapsed domain onto its middle', () => {
    const y = scaleLinear([1, 10], [200, 20]);
    expect(y(1)).toBe(200);
    expect(y(10)).toBe(20);
    expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50);
  });

  it('draws the gauge from its left end over the top: half way ends at the top, full at the right', () => {
    const frame = { cx: 110, cy: 110, r: 90 };
    expect(gaugeArc(0, frame)).toBe('M 20 110 A 90 90 0 0 1 20 110');
    expect(gaugeArc(50, frame)).toBe('M 20 110 A 90 90 0 0 1 110 20');
    expect(gaugeArc(100, frame)).toBe('M 20 110 A 90 90 0 0 1 200 110');
    expect(gaugeArc(150, frame)).toBe(gaugeArc(100, frame));
  });

  it('colours a score where 100 is good by thirds of the threat scale', () => {
    expect([scoreTone(20), scoreTone(41), scoreTone(61)]).toEqual(['low', 'medium', 'high']);
  });

  it('never draws a bar below zero or past its track', () => {
    expect(barLength(25, 100, 300)).toBe(75);
    expect(barLength(-3, 100, 300)).toBe(0);
    expect(barLength(120, 100, 300)).toBe(300);
    expect(barLength(5, 0, 300)).toBe(0);
  });

  it('writes paths and ticks', () => {
    expect(linePath([])).toBe('');
    expect(linePath([{ x: 1, y: 2 }, { x: 3.456, y: 4 }])).toBe('M 1 2 L 3.46 4');
    expect(integerTicks(1, 10, 4)).toEqual([1, 4, 7, 10]);
    expect(integerTicks(0, 0, 4)).toEqual([0]);
  });
});

describe('the mood chart layout', () => {
  const frame = { width: 100, height: 100, padding: { top: 0, right: 0, bottom: 0, left: 0 } };

  it('puts the points in time order on a shared time axis, whatever order the journal lists them', () => {
    const mood = [
      { at: '2026-03-03T10:00:00.000Z', value: 10 },
      { at: '2026-03-01T10:00:00.000Z', value: 1 },
    ];
    const confidence = [{ at: '2026-03-02T10:00:00.000Z', value: 5.5 }];
    const { series } = layoutLineChart([mood, confidence], [1, 10], frame);
    expect(series[0]?.dots.map((dot) => [dot.x, dot.y])).toEqual([
      [0, 100],
      [100, 0],
    ]);
    expect(series[1]?.dots.map((dot) => [dot.x, dot.y])).toEqual([[50, 50]]);
    expect(series[0]?.path).toBe('M 0 100 L 100 0');
  });

  it('keeps at most the requested number of time ticks', () => {
    const days = Array.from({ length: 12 }, (_, day) => ({ at: new Date(Date.UTC(2026, 2, day + 1)).toISOString(), value: 5 }));
    const { xTicks, yTicks } = layoutLineChart([days], [1, 10], frame, 4);
    expect(xTicks.length).toBeLessThanOrEqual(4);
    expect(xTicks[0]?.at).toBe(days[0]?.at);
    expect(yTicks.map((tick) => tick.value)).toEqual([1, 4, 7, 10]);
  });
});
