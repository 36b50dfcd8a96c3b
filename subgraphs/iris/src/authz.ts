import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';

/** The signed-in user calling: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a partner key. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can talk with Iris.');
  return principal;
}

/** Conversations are read by their owner only: not by admins, never by partners. */
export function requireSelf(principal: Principal, userId: string): UserPrincipal {
  const user = requireUser(principal);
  if (user.userId !== userId) throw forbidden('Only this user may read their conversations with Iris.');
  return user;
}

/** The user themself or an admin (figures without content, such as the quota). */
export function requireSelfOrAdmin(principal: Principal, userId: string): void {
  const user = requireUser(principal);
  if (user.userId !== userId && !user.scopes.includes('admin')) throw forbidden('Only this user and administrators may see this.');
}
