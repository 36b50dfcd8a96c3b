import type { Principal, UserPrincipal } from '@phoenix/context-token';
import { forbidden, unauthenticated } from '@phoenix/errors';

/** The signed-in user; partners and anonymous callers are refused. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user can rate an answer.');
  return principal;
}

/** Defence in depth behind the gateway's `@requiresScopes(scopes: [["admin"]])`. */
export function requireAdmin(principal: Principal): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (!principal.scopes.includes('admin')) throw forbidden('This report is for administrators.');
}
