import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { isPremium } from '../../session/access';
import { RequireSession } from '../../session/RequireSession';
import { useSignedInUser } from '../../session/SessionContext';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { QuotaMeter } from '../../ui/QuotaMeter';
import { AtsPanel } from './AtsPanel';
import { CoachPanel } from './CoachPanel';
import { LetterActions } from './LetterActions';
import { LetterGrounding } from './LetterGrounding';
import { LetterText } from './LetterText';
import { LetterVersions } from './LetterVersions';
import { MirrorMatchPanel } from './MirrorMatchPanel';
import './letters.css';

const LetterPageQuery = graphql(`
  query LetterPage($id: ID!) {
    letter(id: $id) {
      id
      jobTitle
      company
      tone
      createdAt
      updatedAt
      ...LetterText_letter
      ...LetterVersions_letter
      ...LetterGrounding_letter
    }
    me {
      id
      letterQuota {
        used
        limit
        remaining
        resetsAt
      }
    }
  }
`);

// Premium fields: the gateway refuses a whole operation that asks for one without the scope,
// so they are read apart, and only by premium users.
const LetterAnalysesQuery = graphql(`
  query LetterAnalyses($id: ID!) {
    letter(id: $id) {
      id
      latestAtsAnalysis {
        id
        ...AtsResult_analysis
      }
      latestCoachFeedback {
        id
        ...CoachResult_feedback
      }
    }
  }
`);

export function LetterPage() {
  return (
    <div className="letters">
      <RequireSession>
        <LetterContent />
      </RequireSession>
      <p>
        <Link to={paths.letters}>Toutes mes lettres</Link>
      </p>
    </div>
  );
}

function LetterContent() {
  const { id = '' } = useParams();
  const user = useSignedInUser();
  const { data, loading, error, refetch } = useQuery(LetterPageQuery, { variables: { id }, errorPolicy: 'all' });
  const analyses = useQuery(LetterAnalysesQuery, { variables: { id }, skip: !isPremium(user), errorPolicy: 'all' });
  if (loading && !data) return <Loading label="Chargement de votre lettre…" />;
  const letter = data?.letter;
  if (!letter) {
    if (!error || problemOf(error).code === 'NOT_FOUND') {
      return (
        <>
          <PageHeading title="Lettre introuvable" />
          <EmptyState title="Cette lettre n’existe pas ou ne vous appartient pas." />
        </>
      );
    }
    return (
      <>
        <PageHeading title="Votre lettre" />
        <ErrorState error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  const quota = data.me?.letterQuota;
  return (
    <div className="stack">
      <PageHeading title={`${letter.jobTitle} — ${letter.company}`} />
      {quota && <QuotaMeter label="Lettres ce mois-ci" quota={quota} noun={{ one: 'lettre', many: 'lettres', period: 'ce mois-ci', feminine: true }} />}
      <LetterText letter={letter} />
      <LetterGrounding letter={letter} />
      <LetterActions id={letter.id} tone={letter.tone} onQuotaUsed={() => void refetch()} />
      <AtsPanel letterId={letter.id} latest={analyses.data?.letter?.latestAtsAnalysis} />
      <MirrorMatchPanel letterId={letter.id} company={letter.company} />
      <CoachPanel letterId={letter.id} latest={analyses.data?.letter?.latestCoachFeedback} />
      <LetterVersions letter={letter} />
    </div>
  );
}
