import { PageHeading } from '../../ui/PageHeading';
import { PlanList } from './PlanList';
import './pricing.css';

export function PricingPage() {
  return (
    <div className="pricing">
      <PageHeading title="Nos offres" />
      <p className="pricing__intro">
        Prix mensuels TTC, sans engagement. L’exploration de votre métier et son score de résilience restent gratuits pour tous.
      </p>
      <PlanList />
    </div>
  );
}
