/** Pure SVG geometry for the hand-written charts: no DOM, unit-tested. */

export interface Point {
  x: number;
  y: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Maps [d0, d1] onto [r0, r1]; a collapsed domain maps to the middle of the range. */
export function scaleLinear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The arc of a half-circle gauge, from its left end (0) to `value` (0–100) over the top.
 * SVG's y axis points down, so going over the top from left to right is the clockwise sweep.
 */
export function gaugeArc(value: number, { cx, cy, r }: { cx: number; cy: number; r: number }): string {
  const share = clamp(value, 0, 100) / 100;
  const angle = Math.PI * (1 - share);
  const start = { x: cx - r, y: cy };
  const end = { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
  return `M ${round(start.x)} ${round(start.y)} A ${r} ${r} 0 0 1 ${round(end.x)} ${round(end.y)}`;
}

/** `M x y L x y …` through the points, in order; empty for no point. */
export function linePath(points: readonly Point[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'} ${round(point.x)} ${round(point.y)}`).join(' ');
}

/** Length of a bar for `value` when `max` fills `width`; never negative, never wider than `width`. */
export function barLength(value: number, max: number, width: number): number {
  if (max <= 0 || value <= 0) return 0;
  return round(clamp(value / max, 0, 1) * width);
}

/** Up to `count` evenly spaced whole ticks from `min` to `max`, both included. */
export function integerTicks(min: number, max: number, count: number): number[] {
  if (max <= min) return [min];
  const step = Math.max(1, Math.ceil((max - min) / Math.max(1, count - 1)));
  const ticks: number[] = [];
  for (let tick = min; tick < max; tick += step) ticks.push(tick);
  ticks.push(max);
  return ticks;
}

/** The tone of a 0–100 score where 100 is good: what colour the arc takes. */
export function scoreTone(score: number): 'low' | 'medium' | 'high' {
  if (score > 60) return 'high';
  if (score > 40) return 'medium';
  return 'low';
}
