import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { explorationPath } from '../../app/paths';
import { useSignedInUser } from '../../session/SessionContext';
import { PageHeading } from '../../ui/PageHeading';
import { ExplorationForm, type StartedExploration } from './ExplorationForm';
import { ExplorationHistory } from './ExplorationHistory';
import { ExplorationResult } from './ExplorationResult';
import './aube.css';

/** Aube: where does my job stand against automation, why, and where could I go? Open to everyone. */
export function AubePage() {
  const user = useSignedInUser();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [anonymousResult, setAnonymousResult] = useState<StartedExploration>();
  const resultHeading = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (anonymousResult) resultHeading.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [anonymousResult]);

  function show(exploration: StartedExploration) {
    if (exploration.saved) {
      // Kept explorations have their own address; the history shows the new one next time.
      client.cache.evict({ id: client.cache.identify({ __typename: 'User', id: user?.id }), fieldName: 'explorations' });
      void navigate(explorationPath(exploration.id));
    } else setAnonymousResult(exploration);
  }

  return (
    <div className="aube">
      <PageHeading title="Votre métier face à l’IA" />
      <p className="page-intro">
        Aube calcule la résilience de votre métier face à l’automatisation, à partir de données publiques (France Travail, ESCO, Nesta), et vous
        explique chaque chiffre. Gratuit, sans inscription.
      </p>
      {user && <ExplorationHistory />}
      <ExplorationForm onResult={show} />
      {anonymousResult && (
        <div ref={resultHeading} className="aube__result">
          <ExplorationResult exploration={anonymousResult} />
        </div>
      )}
    </div>
  );
}
