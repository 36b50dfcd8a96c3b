import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';

/** The signed-in user calling: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a partner key. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can do this.');
  return principal;
}

/**
 * Lets the user themself or an admin read a user's Rise data. Partner keys are always refused:
 * journal and coaching data are not shared with partners, whatever the consent.
 */
export function requireSelfOrAdmin(principal: Principal, userId: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Rise data is never shared with partners.');
  if (principal.userId !== userId && !principal.scopes.includes('admin')) throw forbidden('You may only read your own journal, goals and coaching.');
}
