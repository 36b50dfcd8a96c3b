import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime, formatNumber } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';
import { ScoreGauge } from '../../ui/charts/ScoreGauge';
import { FACTOR_LABELS, SUGGESTION_LABELS } from './labels';
import { PremiumToolCard } from './PremiumToolCard';
import { usePremiumAction } from './premium-action';

export const CoachResultFragment = graphql(`
  fragment CoachResult_feedback on CoachFeedback {
    id
    score
    letterVersion
    factors {
      name
      score
      weight
      contribution
      detail
    }
    suggestions {
      kind
      sentenceIndex
      sentence
      excerpt
      message
    }
    createdAt
  }
`);

const CoachLetterMutation = graphql(`
  mutation CoachLetter($letterId: ID!) {
    coachLetter(letterId: $letterId) {
      id
      ...CoachResult_feedback
    }
  }
`);

/** Premium: clarity, impact, personalisation and tone of the current version, with suggestions. */
export function CoachPanel({ letterId, latest }: { letterId: string; latest: FragmentType<typeof CoachResultFragment> | null | undefined }) {
  const [coach] = useMutation(CoachLetterMutation);
  const [result, setResult] = useState<FragmentType<typeof CoachResultFragment>>();
  const { state, run, running } = usePremiumAction();
  const shown = result ?? latest ?? undefined;
  return (
    <PremiumToolCard
      title="Coach d’écriture"
      intro="Une relecture sur quatre critères (clarté, impact, personnalisation, ton) avec des suggestions concrètes, phrase par phrase."
      feature="Le coach d’écriture"
      state={state}
      buttonLabel={running ? 'Relecture en cours…' : 'Faire relire ma lettre'}
      onRun={() =>
        void run(async () => {
          const { data } = await coach({ variables: { letterId } });
          if (data) setResult(data.coachLetter);
        })
      }
      doneAnnouncement={result ? 'Relecture terminée.' : ''}
    >
      {shown && <CoachResult feedback={shown} />}
    </PremiumToolCard>
  );
}

function CoachResult(props: { feedback: FragmentType<typeof CoachResultFragment> }) {
  const feedback = useFragment(CoachResultFragment, props.feedback);
  return (
    <div className="premium-tool__result">
      <div className="score__body">
        <ScoreGauge score={feedback.score} label={`Note du coach pour la version ${feedback.letterVersion}\u00a0: ${feedback.score} sur 100`} />
        <p>
          Version {feedback.letterVersion} relue le {formatDateTime(feedback.createdAt)}.
        </p>
      </div>
      <FactorBars
        title="Note de chaque critère, sur 100 (entre parenthèses, ce qu’il apporte au score)"
        max={100}
        bars={feedback.factors.map((factor) => ({
          key: factor.name,
          label: FACTOR_LABELS[factor.name] ?? factor.name,
          value: factor.score,
          valueText: `${factor.score}/100 (+${formatNumber(factor.contribution)})`,
        }))}
      />
      <h3>Suggestions</h3>
      {feedback.suggestions.length === 0 ? (
        <p>Rien à signaler&nbsp;: votre lettre est claire et personnelle.</p>
      ) : (
        <ul className="suggestions">
          {feedback.suggestions.map((suggestion, index) => (
            <li key={index}>
              <strong>{SUGGESTION_LABELS[suggestion.kind]}</strong>&nbsp;: {suggestion.message}
              {suggestion.excerpt && <span className="muted"> («&#8239;{suggestion.excerpt}&#8239;»)</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
