import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { paths } from '../../app/paths';
import { problemOf } from '../../errors/problem';
import { formatDate } from '../../format/format';

const TrustReportCardFragment = graphql(`
  fragment TrustReportCard_exploration on Exploration {
    id
    saved
    trustReport {
      id
      shareUrl
      sharedAt
    }
  }
`);

// Download links are signed for a few minutes: ask for fresh ones at the moment of the click.
const TrustReportDownloadQuery = graphql(`
  query TrustReportDownload($id: ID!) {
    exploration(id: $id) {
      id
      trustReport {
        id
        pdfUrl
        jsonUrl
      }
    }
  }
`);

const ShareTrustReportMutation = graphql(`
  mutation ShareTrustReport($id: ID!) {
    shareTrustReport(id: $id) {
      id
      shareUrl
      sharedAt
    }
  }
`);

const RevokeTrustReportShareMutation = graphql(`
  mutation RevokeTrustReportShare($id: ID!) {
    revokeTrustReportShare(id: $id) {
      id
      shareUrl
      sharedAt
    }
  }
`);

type Status = { kind: 'success' | 'error'; message: string };

/** The « Trust by Design » report: download it, share it by a link, revoke the link. */
export function TrustReportCard(props: { exploration: FragmentType<typeof TrustReportCardFragment> }) {
  const exploration = useFragment(TrustReportCardFragment, props.exploration);
  const id = useId();
  return (
    <section className="card trust-report" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Rapport «&#8239;Trust by Design&#8239;»</h2>
      <p className="card__intro">
        Tout le raisonnement de ce diagnostic dans un document&nbsp;: les trois niveaux d’explication, les sources, les versions des données et du modèle.
      </p>
      {exploration.saved ? (
        <ReportActions explorationId={exploration.id} report={exploration.trustReport} />
      ) : (
        <p>
          Ce diagnostic n’est pas conservé, car vous n’êtes pas connecté. <Link to={{ pathname: paths.signUp, search: `retour=${paths.aube}` }}>Créez un compte</Link> pour
          le garder, télécharger le rapport et le partager.
        </p>
      )}
    </section>
  );
}

function ReportActions({ explorationId, report }: { explorationId: string; report: { id: string; shareUrl?: string | null; sharedAt?: string | null } }) {
  const client = useApolloClient();
  const [share, sharing] = useMutation(ShareTrustReportMutation);
  const [revoke, revoking] = useMutation(RevokeTrustReportShareMutation);
  const [downloading, setDownloading] = useState(false);
  const [status, setStatus] = useState<Status>();
  const linkId = useId();

  async function download(format: 'pdf' | 'json') {
    setStatus(undefined);
    setDownloading(true);
    try {
      const { data } = await client.query({ query: TrustReportDownloadQuery, variables: { id: explorationId }, fetchPolicy: 'network-only' });
      const report = data?.exploration?.trustReport;
      const url = format === 'pdf' ? report?.pdfUrl : report?.jsonUrl;
      if (!url) throw new Error('no download link');
      // The report answers with `Content-Disposition: attachment`: the browser saves it and stays here.
      window.location.assign(url);
      setStatus({ kind: 'success', message: 'Le téléchargement de votre rapport a commencé.' });
    } catch (error) {
      setStatus({ kind: 'error', message: `Le rapport n’a pas pu être téléchargé. ${problemOf(error).message}` });
    } finally {
      setDownloading(false);
    }
  }

  async function run(action: 'share' | 'revoke') {
    setStatus(undefined);
    try {
      if (action === 'share') await share({ variables: { id: report.id } });
      else await revoke({ variables: { id: report.id } });
      setStatus({ kind: 'success', message: action === 'share' ? 'Lien de partage créé.' : 'Lien révoqué\u00a0: il ne fonctionne plus.' });
    } catch (error) {
      setStatus({ kind: 'error', message: problemOf(error).message });
    }
  }

  async function copy() {
    if (!report.shareUrl) return;
    try {
      await navigator.clipboard.writeText(report.shareUrl);
      setStatus({ kind: 'success', message: 'Lien copié dans le presse-papiers.' });
    } catch {
      setStatus({ kind: 'error', message: 'Copie impossible\u00a0: sélectionnez le lien puis copiez-le.' });
    }
  }

  const busy = sharing.loading || revoking.loading;
  return (
    <>
      <div className="actions">
        <button type="button" className="button" aria-disabled={downloading} onClick={() => void (downloading || download('pdf'))}>
          Télécharger le rapport (PDF)
        </button>
        <button type="button" className="button button--secondary" aria-disabled={downloading} onClick={() => void (downloading || download('json'))}>
          Télécharger les données (JSON)
        </button>
      </div>
      <h3 className="trust-report__share-title">Partager le rapport</h3>
      {report.shareUrl ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={linkId}>
              Lien de partage{report.sharedAt && ` (créé le ${formatDate(report.sharedAt)})`}
            </label>
            <input id={linkId} className="field__input" readOnly value={report.shareUrl} onFocus={(event) => event.currentTarget.select()} />
          </div>
          <div className="actions">
            <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
              Copier le lien
            </button>
            <a className="button button--secondary button--small" href={report.shareUrl} target="_blank" rel="noopener noreferrer">
              Ouvrir le lien
            </a>
            <button type="button" className="button button--secondary button--small" aria-disabled={busy} onClick={() => void (busy || run('revoke'))}>
              Révoquer le lien
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Toute personne qui a le lien peut lire le rapport, jusqu’à ce que vous le révoquiez.</p>
          <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => void (busy || run('share'))}>
            Créer un lien de partage
          </button>
        </>
      )}
      <p className={`trust-report__status status-text--${status?.kind ?? 'idle'}`} role="status">
        {status?.message}
      </p>
    </>
  );
}
