import { useId } from 'react';
import { barLength } from './geometry';
import './charts.css';

export interface FactorBar {
  key: string;
  label: string;
  value: number;
  /** How the value reads, e.g. `+12,5 points`. */
  valueText: string;
}

const TRACK = 100;

/**
 * Horizontal bars, one per factor. Labels and values are text, so they wrap and are read in
 * order; each bar is a small SVG whose length is an attribute (CSP allows no inline style).
 */
export function FactorBars({ title, bars, max }: { title: string; bars: readonly FactorBar[]; max?: number }) {
  const id = useId();
  const scaleMax = max ?? Math.max(0, ...bars.map((bar) => bar.value));
  return (
    <figure className="chart chart--bars" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {title}
      </figcaption>
      <ul className="bars">
        {bars.map((bar) => (
          <li key={bar.key} className="bars__row">
            <span className="bars__label">{bar.label}</span>
            <svg className="bars__svg" viewBox={`0 0 ${TRACK} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect className="chart__track" x={0} y={0} width={TRACK} height={10} rx={1.5} />
              <rect className="chart__bar" x={0} y={0} width={barLength(bar.value, scaleMax, TRACK)} height={10} rx={1.5} />
            </svg>
            <span className="bars__value">
              <span className="visually-hidden">&nbsp;: </span>
              {bar.valueText}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
