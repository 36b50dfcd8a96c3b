import { integerTicks, linePath, scaleLinear, type Point } from './geometry';

export interface TimePoint {
  /** ISO date-time. */
  at: string;
  value: number;
}

export interface ChartFrame {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface PlottedSeries {
  path: string;
  dots: (Point & { label: string; value: number; at: string })[];
}

export interface LineChartLayout {
  series: PlottedSeries[];
  yTicks: { value: number; y: number }[];
  xTicks: { at: string; x: number }[];
}

/**
 * Lays out time series on a shared time axis and a fixed value axis (e.g. mood 1–10):
 * points sorted by time, one path per series, ticks for both axes.
 */
export function layoutLineChart(series: readonly (readonly TimePoint[])[], yDomain: readonly [number, number], frame: ChartFrame, maxXTicks = 5): LineChartLayout {
  const { width, height, padding } = frame;
  const times = series.flat().map((point) => Date.parse(point.at));
  const tMin = times.length > 0 ? Math.min(...times) : 0;
  const tMax = times.length > 0 ? Math.max(...times) : 0;
  const x = scaleLinear([tMin, tMax], [padding.left, width - padding.right]);
  const y = scaleLinear(yDomain, [height - padding.bottom, padding.top]);
  const plotted = series.map((points) => {
    const sorted = [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const dots = sorted.map((point) => ({ x: x(Date.parse(point.at)), y: y(point.value), label: point.at, value: point.value, at: point.at }));
    return { path: linePath(dots), dots };
  });
  const yTicks = integerTicks(yDomain[0], yDomain[1], 4).map((value) => ({ value, y: y(value) }));
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  const step = Math.max(1, Math.ceil(distinct.length / maxXTicks));
  const xTicks = distinct.filter((_, index) => index % step === 0).map((time) => ({ at: new Date(time).toISOString(), x: x(time) }));
  return { series: plotted, yTicks, xTicks };
}
