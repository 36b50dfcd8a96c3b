import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql, useFragment } from '../../__generated__';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { HealthBoard, HealthBoardFragment } from './HealthBoard';
import { recordLatencies, type LatencyHistory } from './health-history';
import { STATUS_LABELS } from './labels';
import './health.css';

const SystemHealthPageQuery = graphql(`
  query SystemHealthPage {
    systemHealth {
      ...HealthBoard_health
    }
  }
`);

// The gateway sends the state at once, then on every change and at a fixed interval.
const SystemHealthUpdatesSubscription = graphql(`
  subscription SystemHealthUpdates {
    systemHealth {
      ...HealthBoard_health
    }
  }
`);

const POLL_MS = 15_000;

/** The health of every Phoenix service, public, kept up to date while the page is open. */
export function SystemHealthPage() {
  return (
    <div className="health">
      <PageHeading title="État du service" />
      <p className="page-intro">Les services de Phoenix sont vérifiés en continu. Cette page se met à jour d’elle-même.</p>
      <LiveHealth />
    </div>
  );
}

function LiveHealth() {
  const { data, loading, error, refetch, subscribeToMore, startPolling, stopPolling } = useQuery(SystemHealthPageQuery);
  // Live over the subscription; polling only when the socket cannot be used.
  const [live, setLive] = useState(true);
  const health = useFragment(HealthBoardFragment, data?.systemHealth);
  const [history, setHistory] = useState<LatencyHistory>({});
  const lastCheckedAt = useRef<string>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const lastStatus = useRef<string>(undefined);

  useEffect(() => {
    if (!live) {
      startPolling(POLL_MS);
      return () => stopPolling();
    }
    return subscribeToMore({
      document: SystemHealthUpdatesSubscription,
      // An event without data (the service went away) keeps what is shown.
      updateQuery: (_previous, { subscriptionData }) => (subscriptionData.data ? { __typename: 'Query', systemHealth: subscriptionData.data.systemHealth } : undefined),
      onError: () => setLive(false),
    });
  }, [live, subscribeToMore, startPolling, stopPolling]);

  useEffect(() => {
    if (!health) return;
    // Read the ref now: the updater runs at the next render, after it has moved on.
    const seen = lastCheckedAt.current;
    setHistory((previous) => recordLatencies(previous, health, seen));
    lastCheckedAt.current = health.checkedAt ?? undefined;
    // Announce only a change of the overall status, not every refresh.
    if (lastStatus.current && lastStatus.current !== health.status) setAnnouncement(`État général\u00a0: ${STATUS_LABELS[health.status]}.`);
    lastStatus.current = health.status;
  }, [health]);

  if (loading && !data) return <Loading label="Vérification de l’état des services…" />;
  if (error && !data) return <ErrorState error={error} title="L’état des services n’a pas pu être chargé" onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <HealthBoard health={data.systemHealth} history={history} live={live ? 'Mise à jour en direct.' : `Actualisé toutes les ${POLL_MS / 1000}\u00a0secondes.`} />
    </>
  );
}
