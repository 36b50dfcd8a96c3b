import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatEuros } from '../../format/format';
import { featureLines, quotaLines } from './plan-lines';
import { PlanAction } from './PlanAction';

const PlanCardFragment = graphql(`
  fragment PlanCard_plan on Plan {
    tier
    name
    priceMonthlyEur
    quotas {
      lettersPerMonth
      irisMessagesPerDay
      irisContextDays
      coachingSessionsPerMonth
    }
    features
  }
`);

export function PlanCard(props: { plan: FragmentType<typeof PlanCardFragment> }) {
  const plan = useFragment(PlanCardFragment, props.plan);
  const titleId = `plan-${plan.tier.toLowerCase()}`;
  return (
    <article className={`plan plan--${plan.tier.toLowerCase()}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="plan__name">
        {plan.name}
      </h2>
      <p className="plan__price">
        <span className="plan__amount">{formatEuros(plan.priceMonthlyEur)}</span>
        <span className="plan__period"> par mois</span>
      </p>
      <ul className="plan__lines">
        {[...quotaLines(plan.quotas), ...featureLines(plan.features)].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <PlanAction tier={plan.tier} paid={plan.priceMonthlyEur > 0} name={plan.name} />
    </article>
  );
}
