import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { paths } from '../app/paths';
import { Loading } from '../ui/Loading';
import { useSession } from './SessionContext';

/** Renders its children for a signed-in person; sends anyone else to sign in, and back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'unknown') return <Loading label="Vérification de votre session…" />;
  if (session.status === 'anonymous') {
    const search = new URLSearchParams({ retour: location.pathname + location.search });
    return <Navigate to={{ pathname: paths.signIn, search: search.toString() }} replace />;
  }
  return children;
}
