import { useId } from 'react';
import { formatPercent } from '../../format/format';
import '../../ui/charts/charts.css';
import { barLength } from '../../ui/charts/geometry';

interface Cohort {
  period: string;
  size: number;
  retention: readonly { day: number; eligible: number; retained: number; rate?: number | null }[];
}

const DAYS = [30, 60, 90] as const;
const GROUP = 72;
const BAR = 18;
const HEIGHT = 180;
const TOP = 12;
const BOTTOM = 36;

/** Retention at 30, 60 and 90 days, one group of bars per monthly cohort; the table below has the figures. */
export function CohortChart({ cohorts }: { cohorts: readonly Cohort[] }) {
  const id = useId();
  const width = Math.max(320, cohorts.length * GROUP + 48);
  const plot = HEIGHT - TOP - BOTTOM;
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        Rétention des cohortes à 30, 60 et 90&nbsp;jours
      </figcaption>
      <svg className="chart__svg chart__svg--natural" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} aria-hidden="true" focusable="false">
        {[0, 0.5, 1].map((tick) => {
          const y = TOP + plot - tick * plot;
          return (
            <g key={tick}>
              <line className="chart__grid" x1={40} x2={width} y1={y} y2={y} />
              <text className="chart__axis" x={34} y={y} textAnchor="end" dominantBaseline="middle">
                {formatPercent(tick)}
              </text>
            </g>
          );
        })}
        {cohorts.map((cohort, index) => {
          const x0 = 48 + index * GROUP;
          return (
            <g key={cohort.period}>
              {DAYS.map((day, position) => {
                const rate = cohort.retention.find((point) => point.day === day)?.rate;
                const height = barLength(rate ?? 0, 1, plot);
                return (
                  <rect
                    key={day}
                    className={`chart__bar cohort-bar--${day}`}
                    x={x0 + position * (BAR + 2)}
                    y={TOP + plot - height}
                    width={BAR}
                    height={height}
                  />
                );
              })}
              <text className="chart__axis" x={x0 + (3 * BAR) / 2} y={HEIGHT - 12} textAnchor="middle">
                {cohort.period}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="chart__legend" aria-hidden="true">
        {DAYS.map((day) => (
          <li key={day}>
            <span className={`chart__swatch cohort-swatch--${day}`} />
            {day}&nbsp;jours
          </li>
        ))}
      </ul>
    </figure>
  );
}
