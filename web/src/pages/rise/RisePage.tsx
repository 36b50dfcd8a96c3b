import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { problemOf } from '../../errors/problem';
import { RequireSession } from '../../session/RequireSession';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ActionsSection } from './ActionsSection';
import { CoachingSection } from './CoachingSection';
import { GoalsSection } from './GoalsSection';
import { JournalSection } from './JournalSection';
import { TrendCard } from './TrendCard';
import './rise.css';

const RisePageQuery = graphql(`
  query RisePage {
    me {
      id
      ...JournalSection_user
      ...TrendCard_user
      ...GoalsSection_user
      ...ActionsSection_user
      ...CoachingSection_user
    }
    riseHelplines {
      name
      number
      description
    }
  }
`);

/** Rise: keeping going through the change, with a journal, goals, small steps and a coach. */
export function RisePage() {
  return (
    <div className="rise">
      <PageHeading title="Rise, mon suivi de reconversion" />
      <p className="page-intro">Une reconversion se joue dans la durée. Notez votre humeur, fixez-vous des objectifs, avancez à petits pas et faites le point avec votre coach.</p>
      <RequireSession>
        <RiseContent />
      </RequireSession>
    </div>
  );
}

function RiseContent() {
  const { data, loading, error, refetch } = useQuery(RisePageQuery, { fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
  if (loading && !data) return <Loading label="Chargement de votre suivi…" />;
  const me = data?.me;
  if (!me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      {error && (
        <p className="partial-notice" role="status">
          Certaines informations n’ont pas pu être chargées&nbsp;: {problemOf(error).message}
        </p>
      )}
      <div className="rise__grid">
        <JournalSection user={me} />
        <TrendCard user={me} helplines={data.riseHelplines ?? []} />
      </div>
      <div className="grid">
        <GoalsSection user={me} />
        <ActionsSection user={me} />
      </div>
      <CoachingSection user={me} />
    </>
  );
}
