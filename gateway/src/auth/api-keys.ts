import { createHash } from 'node:crypto';
import type { PartnerPrincipal } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import type { PartnerKeyLimits } from '../cost/limits.js';
import type { AccountsInternal, KeyResolution, PartnerRead } from './accounts-internal.js';
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

/**
 * Partner consents as the gateway sees them: asked to accounts for every operation, never
 * kept across operations, so a revoked consent stops the very next read. Within one
 * operation each user is asked about once (the rules of several fields share the answer).
 */
export class PartnerConsents {
  constructor(private readonly accounts: Pick<AccountsInternal, 'consentingUsers'>) {}

  /** The consent source of one operation by a partner key; accounts audits each refusal as a read by `read.keyId`. */
  forOperation(read: PartnerRead): ConsentSource {
    const answers = new Map<string, Promise<boolean>>();
    return {
      hasPartnerConsent: (partnerId, userId) => {
        const key = `${partnerId}\u0000${userId}`;
        let answer = answers.get(key);
        if (!answer) {
          answer = this.accounts.consentingUsers(partnerId, [userId], read).then((granted) => granted.has(userId));
          answers.set(key, answer);
        }
        return answer;
      },
    };
  }
}

function refusal(message: string) {
  const error = phoenixError('UNAUTHENTICATED', message);
  error.extensions.http = { status: 401 };
  return error;
}
