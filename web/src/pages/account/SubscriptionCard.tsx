import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { paths } from '../../app/paths';
import { formatDate } from '../../format/format';
import { SUBSCRIPTION_STATUS_LABELS, TIER_LABELS } from './labels';

const SubscriptionCardFragment = graphql(`
  fragment SubscriptionCard_user on User {
    subscription {
      plan
      status
      currentPeriodEnd
      cancelAtPeriodEnd
    }
  }
`);

export function SubscriptionCard(props: { user: FragmentType<typeof SubscriptionCardFragment> }) {
  const { subscription } = useFragment(SubscriptionCardFragment, props.user);
  return (
    <section className="card" aria-labelledby="subscription-title">
      <h2 id="subscription-title">Abonnement</h2>
      {subscription ? (
        <dl className="details">
          <dt>Formule</dt>
          <dd>{TIER_LABELS[subscription.plan]}</dd>
          <dt>État</dt>
          <dd>{SUBSCRIPTION_STATUS_LABELS[subscription.status]}</dd>
          <PeriodEnd end={subscription.currentPeriodEnd} cancelAtPeriodEnd={subscription.cancelAtPeriodEnd} />
        </dl>
      ) : (
        <p>Les informations d’abonnement sont momentanément indisponibles.</p>
      )}
      <p>
        <Link to={paths.pricing}>Comparer les offres</Link>
      </p>
    </section>
  );
}

function PeriodEnd({ end, cancelAtPeriodEnd }: { end: string | null | undefined; cancelAtPeriodEnd: boolean }) {
  const date = end ? formatDate(end) : undefined;
  if (!date) return null;
  return (
    <>
      <dt>{cancelAtPeriodEnd ? 'Prend fin le' : 'Prochain renouvellement'}</dt>
      <dd>{date}</dd>
    </>
  );
}
