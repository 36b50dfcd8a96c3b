import { formatNumber } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';
import { factorLabel } from './labels';

interface ScoreFactor {
  name: string;
  score: number;
  contribution: number;
}

/** Each criterion of a letter's score, out of 100, with what it adds to the score. */
export function ScoreFactorBars({ factors }: { factors: readonly ScoreFactor[] }) {
  return (
    <FactorBars
      title="Note de chaque critère, sur 100 (entre parenthèses, ce qu’il apporte au score)"
      max={100}
      bars={factors.map((factor) => ({
        key: factor.name,
        label: factorLabel(factor.name),
        value: factor.score,
        valueText: `${factor.score}/100 (+${formatNumber(factor.contribution)})`,
      }))}
    />
  );
}
