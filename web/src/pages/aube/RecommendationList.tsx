import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { formatNumber, formatPercent } from '../../format/format';
import { FactorBars } from '../../ui/charts/FactorBars';

const RecommendationCardFragment = graphql(`
  fragment RecommendationCard_recommendation on CareerRecommendation {
    rank
    score
    occupation {
      code
      title
    }
    factors {
      name
      label
      contribution
      detail
    }
    skillsOverlap
    sharedSkills
    skillsToAcquire
    resilienceGain
    explanation(level: 1) {
      summary
      nextAction
    }
  }
`);

const ChooseCareerMutation = graphql(`
  mutation ChooseCareer($explorationId: ID!, $occupationCode: ID!) {
    chooseCareer(explorationId: $explorationId, occupationCode: $occupationCode) {
      id
      chosenOccupation {
        code
        title
      }
    }
  }
`);

interface RecommendationListProps {
  recommendations: readonly FragmentType<typeof RecommendationCardFragment>[];
  explorationId: string;
  /** Only a kept exploration can record a choice. */
  saved: boolean;
  chosenCode: string | undefined;
}

/** The 3–5 target jobs, best first, each with the additive factors of its score. */
export function RecommendationList({ recommendations, explorationId, saved, chosenCode }: RecommendationListProps) {
  const id = useId();
  if (recommendations.length === 0) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Métiers vers lesquels évoluer</h2>
        <p>Aucun métier proche n’a été trouvé pour cette fiche dans le catalogue actuel.</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Métiers vers lesquels évoluer</h2>
      <p className="card__intro">Classés par un score dont chaque facteur s’additionne&nbsp;: rien n’est caché.</p>
      <ol className="recommendations">
        {recommendations.map((recommendation, index) => (
          <RecommendationCard key={index} recommendation={recommendation} explorationId={explorationId} saved={saved} chosenCode={chosenCode} />
        ))}
      </ol>
    </section>
  );
}

function RecommendationCard(props: Omit<RecommendationListProps, 'recommendations'> & { recommendation: FragmentType<typeof RecommendationCardFragment> }) {
  const recommendation = useFragment(RecommendationCardFragment, props.recommendation);
  const [choose, { loading }] = useMutation(ChooseCareerMutation);
  const [failure, setFailure] = useState<string>();
  const chosen = props.chosenCode === recommendation.occupation.code;
  const gain = recommendation.resilienceGain;

  async function pick() {
    setFailure(undefined);
    try {
      await choose({ variables: { explorationId: props.explorationId, occupationCode: recommendation.occupation.code } });
    } catch (error) {
      setFailure(problemOf(error).message);
    }
  }

  return (
    <li className="recommendation">
      <h3 className="recommendation__title">
        {recommendation.rank}. {recommendation.occupation.title} <span className="muted">({recommendation.occupation.code})</span>
      </h3>
      <p className="recommendation__score">
        Score de correspondance&nbsp;: <strong>{recommendation.score}&nbsp;/ 100</strong> · proximité des compétences {formatPercent(recommendation.skillsOverlap)} ·
        résilience {gain >= 0 ? `+${gain}` : gain}&nbsp;points
      </p>
      <p>{recommendation.explanation.summary}</p>
      <details className="recommendation__details">
        <summary>Détail du score et des compétences</summary>
        <FactorBars
          title="Détail du score de correspondance"
          bars={recommendation.factors.map((factor) => ({ key: factor.name, label: factor.label, value: factor.contribution, valueText: `+${formatNumber(factor.contribution)}` }))}
        />
        <div className="grid recommendation__skills">
          {recommendation.sharedSkills.length > 0 && (
            <div>
              <h4>Ce que vous savez déjà faire</h4>
              <ul>
                {recommendation.sharedSkills.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
            </div>
          )}
          {recommendation.skillsToAcquire.length > 0 && (
            <div>
              <h4>Ce qu’il vous faudra apprendre</h4>
              <ul>
                {recommendation.skillsToAcquire.map((skill) => (
                  <li key={skill}>{skill}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </details>
      {props.saved &&
        (chosen ? (
          <p className="status-text--success">Votre métier cible.</p>
        ) : (
          <button type="button" className="button button--secondary button--small" aria-disabled={loading} onClick={() => void (loading || pick())}>
            {loading ? 'Enregistrement…' : 'En faire mon métier cible'}
          </button>
        ))}
      {failure && (
        <p className="status-text--error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}
