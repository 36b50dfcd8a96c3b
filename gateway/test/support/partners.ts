import type { Router } from 'express';
import type { KeyResolution } from '../../src/auth/accounts-internal.js';

/** A partner key the fake accounts knows, with what resolving it answers. */
export interface TestApiKey {
  key: string;
  keyId: string;
  partnerId: string;
  scopes: string[];
  status: 'active' | 'revoked' | 'expired';
  costLimit?: number;
  rateLimit?: number;
}

/**
 * Plays accounts' partner side for gateway tests: API keys and consents behind the same
 * internal endpoints (`/internal/api-keys/resolve`, `/internal/partner-consents`).
 */
export class TestPartners {
  private readonly keys = new Map<string, TestApiKey>();
  private readonly consents = new Set<string>();
  /** Requests the internal endpoints received, by path. */
  readonly internalCalls: string[] = [];

  addKey(key: Omit<TestApiKey, 'status'> & { status?: TestApiKey['status'] }): TestApiKey {
    const stored = { status: 'active' as const, ...key };
    this.keys.set(key.key, stored);
    return stored;
  }

  setStatus(key: string, status: TestApiKey['status']): void {
    const stored = this.keys.get(key);
    if (stored) stored.status = status;
  }

  grantConsent(partnerId: string, userId: string): void {
    this.consents.add(`${partnerId}\u0000${userId}`);
  }

  async hasPartnerConsent(partnerId: string, userId: string): Promise<boolean> {
    return this.consents.has(`${partnerId}\u0000${userId}`);
  }

  routes = (router: Router): void => {
    router.post('/api-keys/resolve', (req, res) => {
      this.internalCalls.push('api-keys/resolve');
      const found = this.keys.get(String((req.body as { key?: unknown }).key));
      const answer: KeyResolution = !found
        ? { status: 'unknown' }
        : found.status !== 'active'
          ? { status: found.status }
          : {
              status: 'active',
              keyId: found.keyId,
              partnerId: found.partnerId,
              scopes: found.scopes,
              costLimit: found.costLimit ?? null,
              rateLimit: found.rateLimit ?? null,
              expiresAt: null,
            };
      res.json(answer);
    });
    router.post('/partner-consents', async (req, res) => {
      this.internalCalls.push('partner-consents');
      const { partnerId, userIds } = req.body as { partnerId: string; userIds: string[] };
      const granted = [];
      for (const userId of userIds) if (await this.hasPartnerConsent(partnerId, userId)) granted.push(userId);
      res.json({ granted });
    });
  };
}
