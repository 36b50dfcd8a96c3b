import { createContext, use, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionManager, SessionState } from './session-manager';

const SessionManagerContext = createContext<SessionManager | null>(null);

export function SessionProvider({ manager, children }: { manager: SessionManager; children: ReactNode }) {
  useEffect(() => manager.start(), [manager]);
  return <SessionManagerContext value={manager}>{children}</SessionManagerContext>;
}

export function useSessionManager(): SessionManager {
  const manager = use(SessionManagerContext);
  if (!manager) throw new Error('useSessionManager() needs a <SessionProvider>');
  return manager;
}

/** The tab's session state; re-renders when it changes. */
export function useSession(): SessionState {
  const manager = useSessionManager();
  return useSyncExternalStore(manager.subscribe, manager.getSnapshot);
}

/** The signed-in user, or undefined. */
export function useSignedInUser() {
  const session = useSession();
  return session.status === 'signedIn' ? session.user : undefined;
}
