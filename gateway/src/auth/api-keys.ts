import { createHash } from 'node:crypto';
import type { PartnerPrincipal } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import type { PartnerKeyLimits } from '../cost/limits.js';
import type { AccountsInternal, KeyResolution } from './accounts-internal.js';
import { TtlCache } from './ttl-cache.js';

/** A partner key once resolved: who it is and its own limits. */
export interface ResolvedPartner {
  principal: PartnerPrincipal;
  limits: PartnerKeyLimits;
}

// Anything else cannot be a key accounts issued; it is refused without asking accounts.
const PLAUSIBLE_KEY = /^[A-Za-z0-9_-]{16,200}$/;

/**
 * Resolves `Authorization: ApiKey …` / `X-Api-Key` credentials to partner principals through
 * accounts, caching each answer (revocations included) for `ttlMs`, so a revoked key stops
 * working within that time.
 */
export class ApiKeyResolver {
  private readonly cache: TtlCache<KeyResolution>;

  constructor(
    private readonly accounts: Pick<AccountsInternal, 'resolveApiKey'>,
    ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new TtlCache(ttlMs, 10_000, now);
  }

  /** The partner behind `key`; UNAUTHENTICATED (401) for an unknown, revoked or expired key. */
  async resolve(key: string): Promise<ResolvedPartner> {
    if (!PLAUSIBLE_KEY.test(key)) throw refusal('The API key is not valid.');
    const digest = createHash('sha256').update(key).digest('hex');
    const resolution = await this.cache.get(digest, () => this.accounts.resolveApiKey(key));
    switch (resolution.status) {
      case 'unknown':
        throw refusal('The API key is not valid.');
      case 'revoked':
        throw refusal('The API key has been revoked.');
      case 'expired':
        throw refusal('The API key has expired.');
      case 'active':
        break;
    }
    if (resolution.expiresAt && Date.parse(resolution.expiresAt) <= this.now()) throw refusal('The API key has expired.');
    return {
      principal: { kind: 'partner', partnerId: resolution.partnerId, keyId: resolution.keyId, scopes: resolution.scopes },
      limits: {
        ...(resolution.costLimit !== null ? { costLimit: resolution.costLimit } : {}),
        ...(resolution.rateLimit !== null ? { refillPerSecond: resolution.rateLimit } : {}),
      },
    };
  }
}

/** Partner consents as the gateway sees them: asked to accounts, cached like keys. */
export class CachedConsents implements ConsentSource {
  private readonly cache: TtlCache<boolean>;

  constructor(
    private readonly accounts: Pick<AccountsInternal, 'consentingUsers'>,
    ttlMs: number,
  ) {
    this.cache = new TtlCache(ttlMs);
  }

  hasPartnerConsent(partnerId: string, userId: string): Promise<boolean> {
    return this.cache.get(`${partnerId}\u0000${userId}`, async () => (await this.accounts.consentingUsers(partnerId, [userId])).has(userId));
  }
}

function refusal(message: string) {
  const error = phoenixError('UNAUTHENTICATED', message);
  error.extensions.http = { status: 401 };
  return error;
}
