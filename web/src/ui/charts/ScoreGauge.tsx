import { useId } from 'react';
import { gaugeArc, scoreTone } from './geometry';
import './charts.css';

const GEOMETRY = { cx: 110, cy: 110, r: 90 };

/**
 * A half-circle gauge for a 0–100 score. It is one image for assistive technology, named by
 * its title (`label`: the whole sentence, e.g. « Score de résilience : 62 sur 100 »).
 */
export function ScoreGauge({ score, label, caption }: { score: number; label: string; caption?: string }) {
  const id = useId();
  return (
    <svg className={`gauge gauge--${scoreTone(score)}`} viewBox="0 0 220 130" role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{label}</title>
      <path className="gauge__track" d={gaugeArc(100, GEOMETRY)} />
      {score > 0 && <path className="gauge__value" d={gaugeArc(score, GEOMETRY)} />}
      <text className="gauge__score" x={GEOMETRY.cx} y={GEOMETRY.cy - 14} textAnchor="middle">
        {score}
      </text>
      <text className="gauge__caption" x={GEOMETRY.cx} y={GEOMETRY.cy + 12} textAnchor="middle">
        {caption ?? 'sur 100'}
      </text>
    </svg>
  );
}
