import { useApolloClient } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../app/paths';
import { useSessionManager } from '../../session/SessionContext';
import type { SessionPayload } from '../../session/session-manager';

/** After sign-in or sign-up: adopt the session, drop the anonymous cache, go where the person was heading. */
export function useStartSession(): (payload: SessionPayload) => Promise<void> {
  const session = useSessionManager();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return async (payload) => {
    session.accept(payload);
    await client.resetStore().catch(() => undefined);
    await navigate(safeReturnPath(params.get('retour')), { replace: true });
  };
}
