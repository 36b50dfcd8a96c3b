import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../app/paths';
import { useSessionManager } from './SessionContext';
import type { SignOutReason } from './session-manager';

interface EndSessionState {
  endSession: SignOutReason;
}

function endSessionOf(state: unknown): SignOutReason | undefined {
  const reason = (state as Partial<EndSessionState> | null)?.endSession;
  return reason === 'signedOut' || reason === 'accountDeleted' ? reason : undefined;
}

/**
 * Goes home and ends the session there. The router renders a navigation as a transition, after
 * the session store's synchronous update: ended on a protected page, the session would send
 * the person to sign in before they had left it. So the home page ends it, once it is shown.
 */
export function useLeaveAndEndSession(): (reason: SignOutReason) => void {
  const navigate = useNavigate();
  return (reason) => void navigate(paths.home, { state: { endSession: reason } satisfies EndSessionState });
}

/** Mounted once inside the router: ends the session a {@link useLeaveAndEndSession} navigation asked for. */
export function SessionEndOnArrival() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSessionManager();
  const reason = endSessionOf(location.state);
  const handled = useRef<string>(undefined);
  useEffect(() => {
    // Once per navigation, even if the effect runs again before the request is forgotten.
    if (!reason || handled.current === location.key) return;
    handled.current = location.key;
    // Forget the request, so that going back or reloading does not end a later session.
    void navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
    void session.signOut(reason);
  }, [reason, location.key, location.pathname, location.search, location.hash, navigate, session]);
  return null;
}
