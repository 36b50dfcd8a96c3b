import type { Principal } from '@phoenix/context-token';
import { badUserInput, forbidden, unauthenticated } from '@phoenix/errors';

/** The scope a partner key needs to read a consenting user's latest analysis. */
export const PARTNER_READ_SCOPE = 'partner:aube.read';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user's id; anyone else is asked to sign in (partners are refused). */
export function requireUser(principal: Principal): string {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind !== 'user') throw forbidden('Only a signed-in user may do this.');
  return principal.userId;
}

function isAdmin(principal: Principal): boolean {
  return principal.kind === 'user' && principal.scopes.includes('admin');
}

/** A user's explorations: the user themself and admins. */
export function assertCanReadExplorations(principal: Principal, userId: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (isAdmin(principal) || (principal.kind === 'user' && principal.userId === userId)) return;
  throw forbidden('You may only read your own explorations.');
}

/**
 * A user's latest analysis: the user, admins, and partner keys holding `partner:aube.read`
 * (the gateway checks the user's `partner_sharing:<partner>` consent before calling us).
 */
export function assertCanReadLatest(principal: Principal, userId: string): void {
  if (principal.kind === 'anonymous') throw unauthenticated();
  if (principal.kind === 'partner') {
    if (principal.scopes.includes(PARTNER_READ_SCOPE)) return;
    throw forbidden(`This API key needs the scope ${PARTNER_READ_SCOPE}.`);
  }
  assertCanReadExplorations(principal, userId);
}

/** Ids are UUIDs; anything else is refused before it reaches the database. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value)) throw badUserInput(`${field} must be a UUID.`, { field });
  return value.toLowerCase();
}

/** ROME codes are one letter and four digits; case and spaces are forgiven. */
export function requireRomeCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]\d{4}$/.test(code)) throw badUserInput(`${field} must be a ROME code such as M1805.`, { field });
  return code;
}

/** An optional page size within [1, max]. */
export function pageSize(value: number | null | undefined, fallback: number, max: number, field = 'first'): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw badUserInput(`${field} must be between 1 and ${max}.`, { field });
  return value;
}
