import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDate } from '../../format/format';
import { ExplanationLevels } from './ExplanationLevels';
import { RecommendationList } from './RecommendationList';
import { ScoreSummary } from './ScoreSummary';
import { TrustReportCard } from './TrustReportCard';
import { UpskillingPlan } from './UpskillingPlan';

const ExplorationResultFragment = graphql(`
  fragment ExplorationResult_exploration on Exploration {
    id
    createdAt
    saved
    occupation {
      code
      title
    }
    resilience {
      ...ScoreSummary_resilience
      ...ExplanationLevels_resilience
    }
    recommendations {
      ...RecommendationCard_recommendation
    }
    chosenOccupation {
      code
      title
    }
    ...UpskillingPlan_exploration
    ...TrustReportCard_exploration
  }
`);

/** Everything an exploration found: score, explanations, target jobs, plan and report. */
export function ExplorationResult(props: { exploration: FragmentType<typeof ExplorationResultFragment>; headingId?: string }) {
  const exploration = useFragment(ExplorationResultFragment, props.exploration);
  return (
    <div className="exploration stack">
      <header>
        <h2 className="exploration__title" id={props.headingId} tabIndex={-1}>
          Diagnostic de votre métier&nbsp;: {exploration.occupation.title}
        </h2>
        <p className="muted">
          Code ROME {exploration.occupation.code} · {formatDate(exploration.createdAt)}
          {exploration.chosenOccupation && ` · métier cible\u00a0: ${exploration.chosenOccupation.title}`}
        </p>
      </header>
      <ScoreSummary occupationTitle={exploration.occupation.title} resilience={exploration.resilience} />
      <ExplanationLevels resilience={exploration.resilience} />
      <RecommendationList
        recommendations={exploration.recommendations}
        explorationId={exploration.id}
        saved={exploration.saved}
        chosenCode={exploration.chosenOccupation?.code}
      />
      <UpskillingPlan exploration={exploration} />
      <TrustReportCard exploration={exploration} />
    </div>
  );
}
