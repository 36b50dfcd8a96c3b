import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { useSessionManager } from '../../session/SessionContext';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { TIER_LABELS } from '../account/labels';

const CheckoutReturnQuery = graphql(`
  query CheckoutReturn {
    me {
      id
      tier
      subscription {
        plan
        status
      }
    }
  }
`);

const POLL_MS = 2_000;
const GIVE_UP_MS = 60_000;

/**
 * Stripe confirms the payment to billing by webhook, a moment after the redirect: waits for
 * the subscription to show as active, then renews the session so the new tier is in the token.
 */
export function SubscriptionConfirmation() {
  const session = useSessionManager();
  const { data, error, startPolling, stopPolling } = useQuery(CheckoutReturnQuery, { fetchPolicy: 'network-only' });
  const [gaveUp, setGaveUp] = useState(false);
  const status = data?.me?.subscription?.status;
  const active = status === 'ACTIVE' || status === 'TRIALING';

  useEffect(() => {
    if (active) {
      stopPolling();
      void session.refresh();
      return;
    }
    startPolling(POLL_MS);
    const timer = setTimeout(() => {
      stopPolling();
      setGaveUp(true);
    }, GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [active, session, startPolling, stopPolling]);

  if (error && !data) return <ErrorState error={error} />;
  if (active && data?.me?.subscription) {
    return (
      <div role="status">
        <p>Votre offre {TIER_LABELS[data.me.subscription.plan]} est active. Toutes ses fonctionnalités vous sont ouvertes.</p>
        <Link to={paths.account} className="button">
          Voir mon compte
        </Link>
      </div>
    );
  }
  if (gaveUp) {
    return (
      <div role="status">
        <p>La confirmation de votre paiement prend plus de temps que prévu. Elle apparaîtra dans votre compte dès qu’elle nous parviendra.</p>
        <Link to={paths.account}>Voir mon compte</Link>
      </div>
    );
  }
  return <Loading label="Nous confirmons votre paiement auprès de Stripe…" />;
}
