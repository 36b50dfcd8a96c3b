import { useMutation } from '@apollo/client/react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime } from '../../format/format';
import { ScoreGauge } from '../../ui/charts/ScoreGauge';
import { SUGGESTION_LABELS } from './labels';
import { PremiumToolCard } from './PremiumToolCard';
import { usePremiumResult } from './premium-action';
import { ScoreFactorBars } from './ScoreFactorBars';

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
  const feedback = usePremiumResult(latest);
  return (
    <PremiumToolCard
      title="Coach d’écriture"
      intro="Une relecture sur quatre critères (clarté, impact, personnalisation, ton) avec des suggestions concrètes, phrase par phrase."
      feature="Le coach d’écriture"
      state={feedback.state}
      buttonLabel={feedback.running ? 'Relecture en cours…' : 'Faire relire ma lettre'}
      onRun={() => feedback.produce(async () => (await coach({ variables: { letterId } })).data?.coachLetter)}
      doneAnnouncement={feedback.producedNow ? 'Relecture terminée.' : ''}
    >
      {feedback.shown && <CoachResult feedback={feedback.shown} />}
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
      <ScoreFactorBars factors={feedback.factors} />
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
