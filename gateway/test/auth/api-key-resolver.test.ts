import { describe, expect, it } from '@jest/globals';
import type { KeyResolution } from '../../src/auth/accounts-internal.js';
import { ApiKeyResolver } from '../../src/auth/api-keys.js';

const KEY = 'phx_abcdefgh_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const active = (overrides: Partial<Extract<KeyResolution, { status: 'active' }>> = {}): KeyResolution => ({
  status: 'active',
  keyId: 'k1',
  partnerId: 'acme',
  scopes: ['partner:accounts.read'],
  costLimit: null,
  rateLimit: 7,
  expiresAt: null,
  ...overrides,
});

function accountsAnswering(answers: (() => Promise<KeyResolution>)[]) {
  const calls: string[] = [];
  return {
    calls,
    resolveApiKey: (key: string) => {
      calls.push(key);
      const next = answers.shift();
      if (!next) throw new Error('unexpected call');
      return next();
    },
  };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('API key resolution', () => {
  it('maps an active key to a partner principal and its own limits', async () => {
    const resolver = new ApiKeyResolver(accountsAnswering([async () => active()]), 5_000);
    expect(await resolver.resolve(KEY)).toEqual({
      principal: { kind: 'partner', partnerId: 'acme', keyId: 'k1', scopes: ['partner:accounts.read'] },
      limits: { refillPerSecond: 7 },
    });
  });

  it('asks accounts once per key within the cache time, concurrent requests included, then again', async () => {
    let now = 0;
    const accounts = accountsAnswering([async () => active(), async () => ({ status: 'revoked' })]);
    const resolver = new ApiKeyResolver(accounts, 5_000, () => now);
    await Promise.all([resolver.resolve(KEY), resolver.resolve(KEY), resolver.resolve(KEY)]);
    now = 4_999;
    await resolver.resolve(KEY);
    expect(accounts.calls).toHaveLength(1);
    now = 5_000;
    expect(await codeOf(resolver.resolve(KEY))).toBe('UNAUTHENTICATED');
    expect(accounts.calls).toHaveLength(2);
  });

  it('forgets a failed lookup at once instead of caching the failure', async () => {
    const accounts = accountsAnswering([() => Promise.reject(new Error('accounts down')), async () => active()]);
    const resolver = new ApiKeyResolver(accounts, 5_000);
    expect(await codeOf(resolver.resolve(KEY))).toBeUndefined();
    expect(await codeOf(resolver.resolve(KEY))).toBe('OK');
  });

  it('refuses a key past its expiry even while its answer is cached', async () => {
    let now = Date.parse('2030-01-01T00:00:00Z');
    const resolver = new ApiKeyResolver(accountsAnswering([async () => active({ expiresAt: '2030-01-01T00:00:02Z' })]), 60_000, () => now);
    expect(await codeOf(resolver.resolve(KEY))).toBe('OK');
    now += 3_000;
    expect(await codeOf(resolver.resolve(KEY))).toBe('UNAUTHENTICATED');
  });

  it('refuses what cannot be a key without asking accounts', async () => {
    const accounts = accountsAnswering([]);
    const resolver = new ApiKeyResolver(accounts, 5_000);
    for (const key of ['', 'short', 'has spaces in it, long enough', 'x'.repeat(201)]) expect(await codeOf(resolver.resolve(key))).toBe('UNAUTHENTICATED');
    expect(accounts.calls).toHaveLength(0);
  });
});
