import { SignJWT, calculateJwkThumbprint, type CryptoKey, type JWK } from 'jose';
import type { Tier } from '@phoenix/context-token';
import { SIGNING_ALGORITHM } from '@phoenix/keys';

/** `iss` of every access token. */
export const ACCESS_TOKEN_ISSUER = 'phoenix-accounts';
/** `aud` of every access token: the public API as a whole, verified by the gateway. */
export const ACCESS_TOKEN_AUDIENCE = 'phoenix';
/** JOSE `typ` header (RFC 9068), so an access token cannot be mistaken for another JWT. */
export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const MAX_ACCESS_TOKEN_TTL_SECONDS = 900;
/** Where the verification keys are published. */
export const JWKS_PATH = '/.well-known/jwks.json';

/** The payload of an access token, exactly as the gateway reads it. */
export interface AccessTokenClaims {
  iss: typeof ACCESS_TOKEN_ISSUER;
  aud: typeof ACCESS_TOKEN_AUDIENCE;
  /** User id. */
  sub: string;
  tier: Tier;
  roles: string[];
  /** Session id: the refresh-token family this access token was issued with. */
  sid: string;
  iat: number;
  exp: number;
}

export interface AccessTokenSubject {
  userId: string;
  tier: Tier;
  roles: readonly string[];
  sessionId: string;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

export interface AccessTokenSignerOptions {
  privateKey: CryptoKey;
  /** Key id published in the JWKS. */
  kid: string;
  ttlSeconds: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** The claims of an access token for `subject` issued at `issuedAt` (seconds). */
export function accessTokenClaims(subject: AccessTokenSubject, issuedAt: number, ttlSeconds: number): AccessTokenClaims {
  return {
    iss: ACCESS_TOKEN_ISSUER,
    aud: ACCESS_TOKEN_AUDIENCE,
    sub: subject.userId,
    tier: subject.tier,
    roles: [...subject.roles],
    sid: subject.sessionId,
    iat: issuedAt,
    exp: issuedAt + Math.min(ttlSeconds, MAX_ACCESS_TOKEN_TTL_SECONDS),
  };
}

/** Signs access tokens with the service's Ed25519 key; lifetime capped at 15 minutes. */
export class AccessTokenSigner {
  private readonly now: () => number;

  constructor(private readonly options: AccessTokenSignerOptions) {
    this.now = options.now ?? Date.now;
  }

  async sign(subject: AccessTokenSubject): Promise<IssuedAccessToken> {
    const claims = accessTokenClaims(subject, Math.floor(this.now() / 1000), this.options.ttlSeconds);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.options.kid, typ: ACCESS_TOKEN_TYPE })
      .sign(this.options.privateKey);
    return { token, expiresAt: new Date(claims.exp * 1000) };
  }
}

/** A public key as published in the JWKS: RFC 7638 thumbprint as `kid`, EdDSA, signature use. */
export async function publishedJwk(publicJwk: JWK): Promise<JWK & { kid: string }> {
  const { kty, crv, x } = publicJwk;
  const kid = await calculateJwkThumbprint({ kty, crv, x });
  return { kty, crv, x, kid, alg: SIGNING_ALGORITHM, use: 'sig' };
}
