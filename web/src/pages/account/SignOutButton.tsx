import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useSessionManager } from '../../session/SessionContext';

export function SignOutButton() {
  const session = useSessionManager();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  async function signOut() {
    setLeaving(true);
    // Leave the account page first, or it would redirect to the sign-in page the moment the session ends.
    await navigate(paths.home);
    await session.signOut();
  }

  return (
    <div className="account__sign-out">
      <button type="button" className="button button--secondary" aria-disabled={leaving} onClick={() => void (leaving || signOut())}>
        {leaving ? 'Déconnexion…' : 'Se déconnecter'}
      </button>
    </div>
  );
}
