import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { RequireSession } from '../../session/RequireSession';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ExplorationResult } from './ExplorationResult';
import './aube.css';

const ExplorationPageQuery = graphql(`
  query ExplorationPage($id: ID!) {
    exploration(id: $id) {
      id
      ...ExplorationResult_exploration
    }
  }
`);

/** A kept exploration, at its own address. */
export function ExplorationPage() {
  return (
    <div className="aube">
      <PageHeading title="Votre diagnostic Aube" />
      <RequireSession>
        <SavedExploration />
      </RequireSession>
      <p>
        <Link to={paths.aube}>Faire un nouveau diagnostic</Link>
      </p>
    </div>
  );
}

function SavedExploration() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ExplorationPageQuery, { variables: { id } });
  if (loading && !data) return <Loading label="Chargement de votre diagnostic…" />;
  if (error && !data?.exploration) {
    if (problemOf(error).code === 'NOT_FOUND') return <NotFound />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!data?.exploration) return <NotFound />;
  return <ExplorationResult exploration={data.exploration} />;
}

function NotFound() {
  return (
    <EmptyState title="Diagnostic introuvable">
      <p>Ce diagnostic n’existe pas ou ne vous appartient pas.</p>
    </EmptyState>
  );
}
