import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Tier } from '@phoenix/context-token';

export interface AccessTokenClaims {
  sub: string;
  tier: Tier;
  roles?: string[];
  /** Session id; a fixed one by default, `null` for a token without `sid`. */
  sid?: string | null;
}

/** The session of the tokens issued without an explicit `sid`; the fake accounts knows it as active. */
export const DEFAULT_SESSION_ID = '00000000-0000-4000-8000-000000005e55';

export interface TokenOptions {
  /** Seconds from now; negative for an already expired token. */
  expiresIn?: number;
  issuer?: string;
  audience?: string;
}

/** Plays the accounts service's part: an Ed25519 key, its JWKS, and access tokens. */
export interface AccessTokenIssuer {
  jwks: { keys: JWK[] };
  issue(claims: AccessTokenClaims, options?: TokenOptions): Promise<string>;
}

export async function createAccessTokenIssuer(kid = 'test-key'): Promise<AccessTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    issue: (claims, options) => sign(privateKey, kid, claims, options),
  };
}

async function sign(privateKey: CryptoKey, kid: string, claims: AccessTokenClaims, options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const sid = claims.sid === undefined ? DEFAULT_SESSION_ID : claims.sid;
  return new SignJWT({ tier: claims.tier, roles: claims.roles ?? [], ...(sid === null ? {} : { sid }) })
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? 'phoenix-accounts')
    .setAudience(options.audience ?? 'phoenix')
    .setIssuedAt(now - 120)
    .setExpirationTime(now + (options.expiresIn ?? 900))
    .sign(privateKey);
}
