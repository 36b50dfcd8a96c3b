import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useSession } from '../session/SessionContext';

/** Tells the person why they are no longer signed in: they chose to, deleted their account, or the session ended. */
export function SessionNotice() {
  const session = useSession();
  if (session.status !== 'anonymous' || !session.reason) return null;
  return (
    <div className="session-notice" role="status">
      {session.reason === 'signedOut' && <p>Déconnexion réussie. À bientôt sur Phoenix&#8239;!</p>}
      {session.reason === 'accountDeleted' && (
        <p>
          Votre compte a été supprimé et vous avez été déconnecté. Chaque service de Phoenix efface maintenant vos données&nbsp;; seules des statistiques
          qui ne permettent pas de vous identifier sont conservées.
        </p>
      )}
      {session.reason === 'expired' && (
        <p>
          Votre session a expiré. <Link to={paths.signIn}>Reconnectez-vous</Link> pour continuer.
        </p>
      )}
    </div>
  );
}
