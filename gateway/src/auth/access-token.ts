import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { SIGNING_ALGORITHM } from '@phoenix/keys';
import { TIERS, scopesForUser, type UserPrincipal } from '@phoenix/context-token';

/** `iss` and `aud` of the access tokens accounts issues. */
export const ACCESS_TOKEN_ISSUER = 'phoenix-accounts';
export const ACCESS_TOKEN_AUDIENCE = 'phoenix';

/** Where the accounts service publishes the public keys of its access tokens. */
export type KeySource = JWTVerifyGetKey;

/** Why an access token was refused. */
export class AccessTokenError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid' | 'keys-unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'AccessTokenError';
  }
}

/** The accounts service's JWKS, fetched on first use and cached by jose. */
export function remoteKeySource(jwksUrl: string): KeySource {
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3_000 });
}

/** A verified access token's user, with the session it was issued for. */
export type SessionPrincipal = UserPrincipal & { sessionId: string };

/**
 * Verifies an access JWT issued by accounts and returns the user it names. Accounts puts a
 * `sid` in every token; one without cannot be tied to a session, so could never be revoked,
 * and is refused.
 */
export async function verifyAccessToken(token: string, keys: KeySource): Promise<SessionPrincipal> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keys, {
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: [SIGNING_ALGORITHM],
      requiredClaims: ['sub', 'exp', 'sid'],
    }));
  } catch (error) {
    throw classify(error);
  }
  const tier = TIERS.find((t) => t === payload.tier);
  const roles = payload.roles;
  const sub = payload.sub;
  const sid = payload.sid;
  if (typeof sub !== 'string' || sub.length === 0 || typeof sid !== 'string' || sid.length === 0 || !tier || !Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) {
    throw new AccessTokenError('invalid', 'access token claims are malformed');
  }
  return {
    kind: 'user',
    userId: sub,
    tier,
    roles,
    scopes: scopesForUser(tier, roles),
    sessionId: sid,
  };
}

function classify(error: unknown): AccessTokenError {
  if (error instanceof errors.JWTExpired) return new AccessTokenError('expired', 'access token expired');
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) {
    return new AccessTokenError('keys-unavailable', error.message);
  }
  if (error instanceof errors.JOSEError) return new AccessTokenError('invalid', `${error.code}: ${error.message}`);
  // Anything else comes from fetching the JWKS (network), not from the token.
  return new AccessTokenError('keys-unavailable', error instanceof Error ? error.message : 'unknown error');
}
