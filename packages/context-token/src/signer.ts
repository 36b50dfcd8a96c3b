import { SignJWT, type CryptoKey } from 'jose';
import { SIGNING_ALGORITHM } from '@phoenix/keys';
import { CONTEXT_TOKEN_ISSUER, MAX_CONTEXT_TOKEN_TTL_SECONDS } from './constants.js';
import type { Principal } from './principal.js';
import { toClaims } from './claims.js';

export interface SignerOptions {
  privateKey: CryptoKey;
  ttlSeconds?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

interface CachedToken {
  token: string;
  reuseUntil: number;
}

/**
 * Signs the short-lived token the gateway attaches to every subgraph request. A token is
 * reused for the same principal and audience during the first half of its life, which
 * keeps signing off the hot path without ever sending a token about to expire.
 */
export class ContextTokenSigner {
  private readonly ttlSeconds: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, CachedToken>();

  constructor(private readonly options: SignerOptions) {
    this.ttlSeconds = Math.min(options.ttlSeconds ?? MAX_CONTEXT_TOKEN_TTL_SECONDS, MAX_CONTEXT_TOKEN_TTL_SECONDS);
    this.now = options.now ?? Date.now;
  }

  /** A token for `principal`, valid only at the subgraph named `audience`. */
  async sign(principal: Principal, audience: string): Promise<string> {
    const claims = toClaims(principal);
    const cacheKey = `${audience}\u0000${JSON.stringify(claims)}`;
    const nowMs = this.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.reuseUntil > nowMs) return cached.token;

    const issuedAt = Math.floor(nowMs / 1000);
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'phoenix-context+jwt' })
      .setIssuer(CONTEXT_TOKEN_ISSUER)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.options.privateKey);
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(cacheKey, { token, reuseUntil: nowMs + (this.ttlSeconds * 1000) / 2 });
    return token;
  }
}
