import { TIERS, type Principal, type Tier } from './principal.js';

export interface ContextClaims {
  sub: string;
  pk: Principal['kind'];
  tier?: Tier;
  roles?: string[];
  scp?: string[];
  pid?: string;
  sid?: string;
  [claim: string]: unknown;
}

export function toClaims(principal: Principal): ContextClaims {
  switch (principal.kind) {
    case 'anonymous':
      return { sub: 'anonymous', pk: 'anonymous' };
    case 'user':
      return {
        sub: principal.userId,
        pk: 'user',
        tier: principal.tier,
        roles: principal.roles,
        scp: principal.scopes,
        ...(principal.sessionId ? { sid: principal.sessionId } : {}),
      };
    case 'partner':
      return { sub: principal.keyId, pk: 'partner', pid: principal.partnerId, scp: principal.scopes };
  }
}

function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/** The principal in verified claims, or undefined when they do not describe one. */
export function fromClaims(claims: Record<string, unknown>): Principal | undefined {
  const sub = claims.sub;
  if (typeof sub !== 'string' || sub.length === 0) return undefined;
  switch (claims.pk) {
    case 'anonymous':
      return { kind: 'anonymous' };
    case 'user': {
      const tier = TIERS.find((t) => t === claims.tier);
      const roles = stringArray(claims.roles);
      const scopes = stringArray(claims.scp);
      if (!tier || !roles || !scopes) return undefined;
      return { kind: 'user', userId: sub, tier, roles, scopes, ...(typeof claims.sid === 'string' ? { sessionId: claims.sid } : {}) };
    }
    case 'partner': {
      const scopes = stringArray(claims.scp);
      return typeof claims.pid === 'string' && scopes ? { kind: 'partner', keyId: sub, partnerId: claims.pid, scopes } : undefined;
    }
    default:
      return undefined;
  }
}
