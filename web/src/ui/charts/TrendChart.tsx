import { useId } from 'react';
import { formatDateTime, formatShortDate } from '../../format/format';
import { layoutLineChart, type ChartFrame, type TimePoint } from './line-chart';
import './charts.css';

const FRAME: ChartFrame = { width: 640, height: 240, padding: { top: 16, right: 16, bottom: 32, left: 36 } };

interface Series {
  name: string;
  points: readonly TimePoint[];
}

/**
 * Two series on a 1–10 scale over time, drawn by hand in SVG. The drawing is one image
 * named by `summary`; the figures are in a table beside it for anyone who needs them.
 */
export function TrendChart({ title, summary, primary, secondary }: { title: string; summary: string; primary: Series; secondary: Series }) {
  const id = useId();
  const layout = layoutLineChart([primary.points, secondary.points], [1, 10], FRAME);
  const [main, other] = layout.series;
  const rows = [...primary.points].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const secondaryAt = new Map(secondary.points.map((point) => [point.at, point.value]));
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {title}
      </figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {layout.yTicks.map((tick) => (
          <g key={tick.value}>
            <line className="chart__grid" x1={FRAME.padding.left} x2={FRAME.width - FRAME.padding.right} y1={tick.y} y2={tick.y} />
            <text className="chart__axis" x={FRAME.padding.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {tick.value}
            </text>
          </g>
        ))}
        {distinctLabels(layout.xTicks).map((tick) => (
          <text key={tick.at} className="chart__axis" x={tick.x} y={FRAME.height - 8} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        {other && <path className="chart__line chart__line--secondary" d={other.path} />}
        {other?.dots.map((dot, index) => <circle key={`s-${index}`} className="chart__dot chart__dot--secondary" cx={dot.x} cy={dot.y} r={3.5} />)}
        {main && <path className="chart__line" d={main.path} />}
        {main?.dots.map((dot, index) => <circle key={`p-${index}`} className="chart__dot" cx={dot.x} cy={dot.y} r={4.5} />)}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        <li>
          <span className="chart__swatch" />
          {primary.name}
        </li>
        <li>
          <span className="chart__swatch chart__swatch--secondary" />
          {secondary.name}
        </li>
      </ul>
      <details className="chart__data">
        <summary>Voir les valeurs</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col" className="number">
                {primary.name}
              </th>
              <th scope="col" className="number">
                {secondary.name}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((point, index) => (
              <tr key={index}>
                <th scope="row">{formatDateTime(point.at)}</th>
                <td className="number">{point.value}&nbsp;/ 10</td>
                <td className="number">{secondaryAt.get(point.at) ?? '—'}&nbsp;/ 10</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** One tick per day shown: several entries of one day would print the same date twice. */
function distinctLabels(ticks: readonly { at: string; x: number }[]): { at: string; x: number; label: string }[] {
  const seen = new Set<string>();
  return ticks.flatMap((tick) => {
    const label = formatShortDate(tick.at) ?? '';
    if (seen.has(label)) return [];
    seen.add(label);
    return [{ ...tick, label }];
  });
}
