import { linePath, scaleLinear } from './geometry';
import './charts.css';

const WIDTH = 120;
const HEIGHT = 28;

/** A small trend line, decorative: the figures it draws are written next to it. */
export function Sparkline({ values }: { values: readonly number[] }) {
  if (values.length < 2) return null;
  const x = scaleLinear([0, values.length - 1], [2, WIDTH - 2]);
  const y = scaleLinear([0, Math.max(...values, 1)], [HEIGHT - 2, 2]);
  return (
    <svg className="sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <path className="sparkline__line" d={linePath(values.map((value, index) => ({ x: x(index), y: y(value) })))} />
    </svg>
  );
}
