import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../__generated__';
import { letterPath } from '../../app/paths';
import { formatDate, plural } from '../../format/format';
import { RequireSession } from '../../session/RequireSession';
import { ErrorState } from '../../ui/ErrorState';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { quotaExhausted } from '../../ui/quota';
import { QuotaMeter } from '../../ui/QuotaMeter';
import { TONE_LABELS } from './labels';
import { LetterForm } from './LetterForm';
import './letters.css';

const LettersPageQuery = graphql(`
  query LettersPage {
    me {
      id
      letterQuota {
        used
        limit
        remaining
        resetsAt
      }
      letters(first: 20) {
        id
        jobTitle
        company
        tone
        wordCount
        currentVersion
        updatedAt
      }
    }
  }
`);

export function LettersPage() {
  return (
    <div className="letters">
      <PageHeading title="Mes lettres de motivation" />
      <p className="page-intro">
        Des lettres structurées à la française (objet, accroche, vous-moi-nous, formule de politesse), rédigées à partir de votre CV et de l’offre,
        puis modifiables à volonté&nbsp;: chaque version est conservée.
      </p>
      <RequireSession>
        <LettersContent />
      </RequireSession>
    </div>
  );
}

function LettersContent() {
  const { data, loading, error, refetch } = useQuery(LettersPageQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading label="Chargement de vos lettres…" />;
  if (error && !data?.me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <QuotaMeter label="Lettres ce mois-ci" quota={me.letterQuota} noun={{ one: 'lettre', many: 'lettres', period: 'ce mois-ci', feminine: true }} />
      <section className="card" aria-labelledby="letters-list-title">
        <h2 id="letters-list-title">Vos lettres</h2>
        {me.letters.length === 0 ? (
          <p>Aucune lettre pour l’instant. Remplissez le formulaire ci-dessous&nbsp;: votre première lettre sera prête en quelques secondes.</p>
        ) : (
          <ul className="letter-list">
            {me.letters.map((letter) => (
              <li key={letter.id}>
                <Link to={letterPath(letter.id)} className="letter-list__title">
                  {letter.jobTitle} — {letter.company}
                </Link>
                <span className="muted">
                  {' '}
                  · ton {TONE_LABELS[letter.tone].toLowerCase()} · {plural(letter.wordCount, 'mot', 'mots')} · version {letter.currentVersion} · modifiée le{' '}
                  {formatDate(letter.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LetterForm quotaExhausted={quotaExhausted(me.letterQuota)} />
    </>
  );
}
