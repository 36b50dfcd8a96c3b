import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';

/** The signed-in user calling: UNAUTHENTICATED for an anonymous caller, FORBIDDEN for a partner key. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can do this.');
  return principal;
}

/** The signed-in user, who must hold the `premium` scope (checked again here, behind the gateway's `@requiresScopes`). */
export function requirePremium(principal: Principal): UserPrincipal {
  const user = requireUser(principal);
  if (!user.scopes.includes('premium')) throw forbidden('ATS analysis, Mirror Match and Coach are part of the Premium plans.');
  return user;
}

/** Lets the user themself or an admin read a user's letters; anyone else is refused. */
export function requireSelfOrAdmin(principal: Principal, userId: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  const isSelf = principal.kind === 'user' && principal.userId === userId;
  if (!isSelf && !principal.scopes.includes('admin')) throw forbidden('You may only read your own letters.');
}

/** Only the user themself: their quota depends on the tier of their own token. */
export function requireSelf(principal: Principal, userId: string): UserPrincipal {
  const user = requireUser(principal);
  if (user.userId !== userId) throw forbidden('You may only read your own letter quota.');
  return user;
}
