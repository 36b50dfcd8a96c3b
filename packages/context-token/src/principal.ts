export const TIERS = ['FREE', 'PREMIUM', 'PREMIUM_PLUS'] as const;
export type Tier = (typeof TIERS)[number];

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  tier: Tier;
  roles: string[];
  scopes: string[];
  /** The sign-in session (refresh-token family) the access token belongs to. */
  sessionId?: string;
}

export interface PartnerPrincipal {
  kind: 'partner';
  partnerId: string;
  keyId: string;
  scopes: string[];
}

/** Who is calling, as the gateway established it and every subgraph receives it. */
export type Principal = { kind: 'anonymous' } | UserPrincipal | PartnerPrincipal;

export const ANONYMOUS: Principal = Object.freeze({ kind: 'anonymous' });

/** The scopes a user holds: `premium` for paying tiers, and one per role (e.g. `admin`). */
export function scopesForUser(tier: Tier, roles: readonly string[]): string[] {
  const scopes = new Set<string>(roles);
  if (tier !== 'FREE') scopes.add('premium');
  return [...scopes].sort();
}
