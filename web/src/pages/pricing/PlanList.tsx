import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PlanCard } from './PlanCard';

const PricingPageQuery = graphql(`
  query PricingPage {
    plans {
      tier
      priceMonthlyEur
      ...PlanCard_plan
    }
  }
`);

export function PlanList() {
  const { data, loading, error, refetch } = useQuery(PricingPageQuery);
  if (loading && !data) return <Loading label="Chargement des offres…" />;
  if (error) return <ErrorState error={error} title="Impossible d’afficher les offres" onRetry={() => void refetch()} />;
  const plans = [...(data?.plans ?? [])].sort((a, b) => a.priceMonthlyEur - b.priceMonthlyEur);
  if (plans.length === 0) {
    return (
      <EmptyState title="Aucune offre disponible">
        <p>Nos offres sont en cours de mise à jour. Revenez dans quelques instants.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="plans">
      {plans.map((plan) => (
        <li key={plan.tier}>
          <PlanCard plan={plan} />
        </li>
      ))}
    </ul>
  );
}
