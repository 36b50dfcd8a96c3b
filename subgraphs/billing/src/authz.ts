import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';

/** The signed-in user calling: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a partner key. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can do this.');
  return principal;
}

/** Lets the user themself or an admin read a user's billing; anyone else is refused. */
export function requireSelfOrAdmin(principal: Principal, userId: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  const isSelf = principal.kind === 'user' && principal.userId === userId;
  if (!isSelf && !principal.scopes.includes('admin')) throw forbidden('You may only read your own subscription.');
}

