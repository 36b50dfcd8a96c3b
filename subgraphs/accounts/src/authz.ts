import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';

/** The signed-in user calling: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a partner key. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can do this.');
  return principal;
}

/** True for a user holding the `admin` scope. */
export function isAdmin(principal: Principal): boolean {
  return principal.kind === 'user' && principal.scopes.includes('admin');
}

/** Lets only the user themself or an admin past; anyone else gets FORBIDDEN (UNAUTHENTICATED when signed out). */
export function requireSelfOrAdmin(principal: Principal, userId: string): void {
  const user = requireUser(principal);
  if (user.userId !== userId && !isAdmin(user)) throw forbidden('Only this user and administrators may see this.');
}

/** The administrator calling; anyone else gets FORBIDDEN (UNAUTHENTICATED when signed out). */
export function requireAdmin(principal: Principal): UserPrincipal {
  const user = requireUser(principal);
  if (!isAdmin(user)) throw forbidden('Only administrators may do this.');
  return user;
}

/**
 * Who may read a user by id: an administrator, or a partner key whose partner the user
 * shares data with (consent). Anyone else gets FORBIDDEN (UNAUTHENTICATED when signed out).
 */
export async function requireUserReader(principal: Principal, userId: string, consents: ConsentSource): Promise<void> {
  if (principal.kind === 'partner') {
    if (!(await consents.hasPartnerConsent(principal.partnerId, userId))) throw forbidden('This user has not agreed to share their data with your organisation.');
    return;
  }
  requireAdmin(principal);
}
