import type { ReactNode } from 'react';
import { isAdmin } from '../../session/access';
import { RequireSession } from '../../session/RequireSession';
import { useSignedInUser } from '../../session/SessionContext';
import { EmptyState } from '../../ui/EmptyState';

/** Admin screens: sign in first, then only for the `admin` role (the gateway checks it again). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return (
    <RequireSession>
      <AdminOnly>{children}</AdminOnly>
    </RequireSession>
  );
}

function AdminOnly({ children }: { children: ReactNode }) {
  const user = useSignedInUser();
  if (!isAdmin(user)) {
    return (
      <EmptyState title="Réservé aux administrateurs">
        <p>Votre compte n’a pas accès à cet espace.</p>
      </EmptyState>
    );
  }
  return children;
}
