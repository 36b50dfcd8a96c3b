import { jwtVerify, type CryptoKey } from 'jose';
import { SIGNING_ALGORITHM } from '@phoenix/keys';
import { CONTEXT_TOKEN_ISSUER, MAX_CONTEXT_TOKEN_TTL_SECONDS } from './constants.js';
import { fromClaims } from './claims.js';
import type { Principal } from './principal.js';

export class InvalidContextTokenError extends Error {
  constructor(reason: string) {
    super(`Invalid context token: ${reason}`);
    this.name = 'InvalidContextTokenError';
  }
}

interface VerifiedEntry {
  principal: Principal;
  expiresAtMs: number;
}

/** Verifies context tokens at a subgraph: signature, issuer, audience, lifetime ≤ 60 s. */
export class ContextTokenVerifier {
  private readonly verified = new Map<string, VerifiedEntry>();

  constructor(
    private readonly publicKey: CryptoKey,
    private readonly audience: string,
    private readonly now: () => number = Date.now,
  ) {}

  async verify(token: string | undefined): Promise<Principal> {
    if (!token) throw new InvalidContextTokenError('missing');
    const nowMs = this.now();
    const cached = this.verified.get(token);
    if (cached && cached.expiresAtMs > nowMs) return cached.principal;

    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [SIGNING_ALGORITHM],
        issuer: CONTEXT_TOKEN_ISSUER,
        audience: this.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate: new Date(nowMs),
      }));
    } catch (error) {
      throw new InvalidContextTokenError(error instanceof Error ? error.message : 'unverifiable');
    }
    const { exp, iat } = payload as { exp: number; iat: number };
    if (exp - iat > MAX_CONTEXT_TOKEN_TTL_SECONDS) throw new InvalidContextTokenError('lifetime too long');
    const principal = fromClaims(payload);
    if (!principal) throw new InvalidContextTokenError('malformed principal');
    if (this.verified.size >= 10_000) this.verified.clear();
    this.verified.set(token, { principal, expiresAtMs: exp * 1000 });
    return principal;
  }
}
