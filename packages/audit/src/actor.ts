import type { Principal } from '@phoenix/context-token';
import type { AuditActorKind } from './schema.js';

/** The actor columns of an entry. */
export interface AuditActor {
  actorKind: AuditActorKind;
  actorId: string;
  partner: string | null;
}

/**
 * Who a principal is in the audit trail: an admin (a user holding the `admin` scope), a user,
 * or a partner by API key id. Undefined for an anonymous caller, who has no personal data to act on.
 */
export function auditActorOf(principal: Principal): AuditActor | undefined {
  switch (principal.kind) {
    case 'user':
      return { actorKind: principal.scopes.includes('admin') ? 'admin' : 'user', actorId: principal.userId, partner: null };
    case 'partner':
      return { actorKind: 'partner', actorId: principal.keyId, partner: principal.partnerId };
    case 'anonymous':
      return undefined;
  }
}
