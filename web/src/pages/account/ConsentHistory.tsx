import { graphql, useFragment, type FragmentType } from '../../__generated__';
import { formatDateTime } from '../../format/format';
import { consentLabel } from './labels';

/** The latest decisions are enough here; the full history is in the data export. */
export const CONSENT_HISTORY_SHOWN = 10;

const ConsentHistoryFragment = graphql(`
  fragment ConsentHistory_user on User {
    consentHistory(first: 10) {
      purpose
      granted
      textVersion
      changedAt
      changedByUser
    }
  }
`);

/** The person's latest consent decisions, newest first, each with the text version it was made on. */
export function ConsentHistory(props: { user: FragmentType<typeof ConsentHistoryFragment> }) {
  const { consentHistory } = useFragment(ConsentHistoryFragment, props.user);
  if (consentHistory.length === 0) return null;
  return (
    <details className="consent-history">
      <summary id="consent-history-title">Historique de vos décisions</summary>
      <ol aria-labelledby="consent-history-title">
        {consentHistory.map((change, index) => (
          <li key={`${change.changedAt}-${change.purpose}-${index}`}>
            {consentLabel(change.purpose)}&nbsp;: {change.granted ? 'accordé' : 'retiré'} le {formatDateTime(change.changedAt)}
            {!change.changedByUser && ' par un administrateur'}, texte version {change.textVersion}
          </li>
        ))}
      </ol>
      {consentHistory.length === CONSENT_HISTORY_SHOWN && (
        <p className="muted">Seules vos {CONSENT_HISTORY_SHOWN}&nbsp;dernières décisions sont affichées&nbsp;; l’export de vos données les contient toutes.</p>
      )}
    </details>
  );
}
