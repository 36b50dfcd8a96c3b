import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { explorationPath } from '../../app/paths';
import { formatDate } from '../../format/format';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';

const ExplorationHistoryQuery = graphql(`
  query ExplorationHistory {
    me {
      id
      explorations(first: 5) {
        id
        createdAt
        occupation {
          code
          title
        }
        resilience {
          score
        }
      }
    }
  }
`);

/** A signed-in person's latest explorations, kept by Aube. */
export function ExplorationHistory() {
  const { data, loading, error, refetch } = useQuery(ExplorationHistoryQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Chargement de vos diagnostics…" />;
  if (error && !data) return <ErrorState error={error} title="Impossible d’afficher vos diagnostics" onRetry={() => void refetch()} />;
  const explorations = data?.me?.explorations ?? [];
  if (explorations.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Vos derniers diagnostics</h2>
      <ul className="history">
        {explorations.map((exploration) => (
          <li key={exploration.id}>
            <Link to={explorationPath(exploration.id)}>{exploration.occupation.title}</Link>{' '}
            <span className="muted">
              — score {exploration.resilience.score}&nbsp;/ 100, le {formatDate(exploration.createdAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
