import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { ScoreGauge } from '../../ui/charts/ScoreGauge';
import { CONFIDENCE_LABELS, EVOLUTION_LABELS, THREAT_LABELS } from './labels';

const ScoreSummaryFragment = graphql(`
  fragment ScoreSummary_resilience on ResilienceAnalysis {
    score
    evolution
    horizon
    threatLevel
    confidence
    anxietyScore
    personalised
  }
`);

/** The score as a gauge, with the labels derived from it. */
export function ScoreSummary(props: { occupationTitle: string; resilience: FragmentType<typeof ScoreSummaryFragment> }) {
  const resilience = useFragment(ScoreSummaryFragment, props.resilience);
  return (
    <section className="card score" aria-labelledby="score-title">
      <h2 id="score-title">Score de résilience face à l’automatisation</h2>
      <div className="score__body">
        <ScoreGauge score={resilience.score} label={`Score de résilience de ${props.occupationTitle}\u00a0: ${resilience.score} sur 100`} />
        <dl className="details score__details">
          <dt>Évolution</dt>
          <dd>{EVOLUTION_LABELS[resilience.evolution]}</dd>
          <dt>Horizon</dt>
          <dd>{resilience.horizon}</dd>
          <dt>Menace</dt>
          <dd>{THREAT_LABELS[resilience.threatLevel]}</dd>
          <dt>Fiabilité des données</dt>
          <dd>{CONFIDENCE_LABELS[resilience.confidence]}</dd>
          <dt>Score d’inquiétude</dt>
          <dd>{resilience.anxietyScore}&nbsp;/ 100</dd>
        </dl>
      </div>
      <p className="muted">
        100 signifie très résistant à l’automatisation.{' '}
        {resilience.personalised ? 'Votre expérience et vos compétences ont été prises en compte.' : 'Score général du métier, avant vos informations personnelles.'}
      </p>
    </section>
  );
}
