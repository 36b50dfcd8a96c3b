import { useState } from 'react';
import { useLeaveAndEndSession } from '../../session/leave-and-end-session';

export function SignOutButton() {
  const leaveAndEndSession = useLeaveAndEndSession();
  const [leaving, setLeaving] = useState(false);

  function signOut() {
    setLeaving(true);
    leaveAndEndSession('signedOut');
  }

  return (
    <div className="account__sign-out">
      <button type="button" className="button button--secondary" aria-disabled={leaving} onClick={() => void (leaving || signOut())}>
        {leaving ? 'Déconnexion…' : 'Se déconnecter'}
      </button>
    </div>
  );
}
