import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { useSession, useSessionManager } from '../../session/SessionContext';
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
 * the subscription to show as active, then renews the session until the token carries the new
 * tier (accounts applies it from billing's event, a moment later still), which opens the
 * premium features.
 */
export function SubscriptionConfirmation() {
  const manager = useSessionManager();
  const session = useSession();
  const { data, error, startPolling, stopPolling } = useQuery(CheckoutReturnQuery, { fetchPolicy: 'network-only' });
  const [gaveUp, setGaveUp] = useState(false);
  const subscription = data?.me?.subscription;
  const active = subscription?.status === 'ACTIVE' || subscription?.status === 'TRIALING';
  const unlocked = active && session.status === 'signedIn' && session.user.tier === subscription?.plan;

  useEffect(() => {
    if (unlocked) {
      stopPolling();
      return;
    }
    if (!active) startPolling(POLL_MS);
    else {
      stopPolling();
      void manager.refresh();
    }
    const renew = active ? setInterval(() => void manager.refresh(), POLL_MS) : undefined;
    const timer = setTimeout(() => {
      stopPolling();
      clearInterval(renew);
      setGaveUp(true);
    }, GIVE_UP_MS);
    return () => {
      clearTimeout(timer);
      clearInterval(renew);
    };
  }, [active, unlocked, manager, startPolling, stopPolling]);

  if (error && !data) return <ErrorState error={error} />;
  if (unlocked && subscription) {
    return (
      <div role="status">
        <p>Votre offre {TIER_LABELS[subscription.plan]} est active. Toutes ses fonctionnalités vous sont ouvertes.</p>
        <div className="actions">
          <Link to={paths.letters} className="button">
            Retrouver mes lettres
          </Link>
          <Link to={paths.account} className="button button--secondary">
            Voir mon compte
          </Link>
        </div>
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
  return <Loading label={active ? 'Paiement confirmé. Activation de vos fonctionnalités Premium…' : 'Nous confirmons votre paiement auprès de Stripe…'} />;
}
