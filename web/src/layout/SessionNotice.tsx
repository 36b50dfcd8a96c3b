import { Link } from 'react-router';
import { paths } from '../app/paths';
import { useSession } from '../session/SessionContext';

/** Tells the person why they are no longer signed in: they chose to, or the session ended. */
export function SessionNotice() {
  const session = useSession();
  if (session.status !== 'anonymous' || !session.reason) return null;
  return (
    <div className="session-notice" role="status">
      {session.reason === 'signedOut' ? (
        <p>Déconnexion réussie. À bientôt sur Phoenix&#8239;!</p>
      ) : (
        <p>
          Votre session a expiré. <Link to={paths.signIn}>Reconnectez-vous</Link> pour continuer.
        </p>
      )}
    </div>
  );
}
