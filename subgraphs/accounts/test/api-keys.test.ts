import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eq } from 'drizzle-orm';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { apiKeys } from '../src/db/api-keys-schema.js';
import { hashApiKey } from '../src/domain/api-key.js';
import { signUp, startAccounts, principalFromAccessToken, type AccountsHarness } from './harness.js';

let harness: AccountsHarness;
let member: Principal;

const ADMIN: Principal = { kind: 'user', userId: '00000000-0000-4000-8000-0000000000aa', tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
const PARTNER: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'k', scopes: ['partner:accounts.read'] };

const KEY_FIELDS = 'id partner name prefix scopes costLimit rateLimit expiresAt lastUsedAt createdAt revokedAt status';
const CREATE = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { ${KEY_FIELDS} } } }`;
const LIST = `query ($partner: String, $all: Boolean) { apiKeys(partner: $partner, includeRevoked: $all) { ${KEY_FIELDS} } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const ROTATE = `mutation ($id: ID!, $grace: Int) { rotateApiKey(id: $id, graceSeconds: $grace) { secret apiKey { ${KEY_FIELDS} } } }`;

interface ApiKeyView {
  id: string;
  partner: string;
  prefix: string;
  scopes: string[];
  costLimit: number | null;
  rateLimit: number | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  status: string;
}
interface Created {
  createApiKey: { secret: string; apiKey: ApiKeyView };
}

const input = (overrides: Record<string, unknown> = {}) => ({ partner: 'france-travail', name: 'Import quotidien', scopes: ['partner:accounts.read'], ...overrides });

async function create(overrides: Record<string, unknown> = {}) {
  const result = await harness.execute<Created>(CREATE, { input: input(overrides) }, ADMIN);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.createApiKey;
}

async function keyCount() {
  return (await harness.database.db.select().from(apiKeys)).length;
}

beforeAll(async () => {
  harness = await startAccounts();
  member = principalFromAccessToken((await signUp(harness, { email: 'membre@exemple.fr' })).accessToken);
});

afterAll(async () => {
  await harness.close();
});

describe('createApiKey', () => {
  it('issues a phx_ key shown once, stores only its SHA-256 and shows its prefix', async () => {
    const { secret, apiKey } = await create({ costLimit: 500, rateLimit: 20 });
    expect(secret).toMatch(/^phx_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ partner: 'france-travail', prefix: secret.slice(0, 12), scopes: ['partner:accounts.read'], costLimit: 500, rateLimit: 20, status: 'ACTIVE' });
    const [row] = await harness.database.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(row?.secretHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(13));
  });

  it('is for administrators only, and writes nothing for anyone else', async () => {
    const before = await keyCount();
    for (const [principal, code] of [
      [member, 'FORBIDDEN'],
      [PARTNER, 'FORBIDDEN'],
      [{ kind: 'anonymous' }, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await harness.execute(CREATE, { input: input() }, principal);
      expect(result.errors?.[0]?.extensions.code).toBe(code);
    }
    expect(await keyCount()).toBe(before);
  });

  it('refuses each invalid field with BAD_USER_INPUT naming it, and writes nothing', async () => {
    const before = await keyCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ partner: 'France Travail' }, 'partner'],
      [{ partner: 'phoenix-gateway' }, 'partner'],
      [{ scopes: [] }, 'scopes'],
      [{ scopes: ['admin'] }, 'scopes'],
      [{ scopes: ['internal:gateway'] }, 'scopes'],
      [{ name: ' ' }, 'name'],
      [{ costLimit: 0 }, 'costLimit'],
      [{ rateLimit: 10_001 }, 'rateLimit'],
      [{ expiresAt: '2001-01-01T00:00:00Z' }, 'expiresAt'],
    ];
    for (const [overrides, field] of cases) {
      const result = await harness.execute(CREATE, { input: input(overrides) }, ADMIN);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await keyCount()).toBe(before);
  });
});

describe('apiKeys, revokeApiKey and rotateApiKey', () => {
  it('list a partner’s keys newest first and leave revoked ones out unless asked', async () => {
    const first = await create({ partner: 'pole-sud' });
    const second = await create({ partner: 'pole-sud' });
    await harness.execute(REVOKE, { id: first.apiKey.id }, ADMIN);
    const active = await harness.execute<{ apiKeys: ApiKeyView[] }>(LIST, { partner: 'pole-sud' }, ADMIN);
    expect(active.data?.apiKeys.map((k) => k.id)).toEqual([second.apiKey.id]);
    const all = await harness.execute<{ apiKeys: ApiKeyView[] }>(LIST, { partner: 'pole-sud', all: true }, ADMIN);
    expect(all.data?.apiKeys.map((k) => [k.id, k.status])).toEqual([
      [second.apiKey.id, 'ACTIVE'],
      [first.apiKey.id, 'REVOKED'],
    ]);
    expect((await harness.execute(LIST, {}, member)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('revoke a key once: revoking again keeps the first revocation time', async () => {
    const { apiKey } = await create();
    const once = await harness.execute<{ revokeApiKey: ApiKeyView }>(REVOKE, { id: apiKey.id }, ADMIN);
    const twice = await harness.execute<{ revokeApiKey: ApiKeyView }>(REVOKE, { id: apiKey.id }, ADMIN);
    expect(once.data?.revokeApiKey.status).toBe('REVOKED');
    expect(twice.data?.revokeApiKey.revokedAt).toBe(once.data?.revokeApiKey.revokedAt);
    const unknown = await harness.execute(REVOKE, { id: '00000000-0000-4000-8000-00000000dead' }, ADMIN);
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('rotate a key into a new one with the same partner, scopes and limits, revoking the old one at once', async () => {
    const old = await create({ scopes: ['partner:accounts.read', 'partner:aube.read'], costLimit: 300 });
    const rotated = await harness.execute<{ rotateApiKey: Created['createApiKey'] }>(ROTATE, { id: old.apiKey.id }, ADMIN);
    const fresh = rotated.data?.rotateApiKey;
    expect(fresh?.secret).not.toBe(old.secret);
    expect(fresh?.apiKey).toMatchObject({ partner: 'france-travail', scopes: ['partner:accounts.read', 'partner:aube.read'], costLimit: 300, status: 'ACTIVE' });
    expect((await harness.internal('api-keys/resolve', { key: old.secret })).body).toEqual({ status: 'revoked' });
    expect((await harness.internal('api-keys/resolve', { key: fresh?.secret })).body).toMatchObject({ status: 'active', keyId: fresh?.apiKey.id });
  });

  it('rotate with a grace period during which the old key still works', async () => {
    const old = await create();
    const rotated = await harness.execute<{ rotateApiKey: Created['createApiKey'] }>(ROTATE, { id: old.apiKey.id, grace: 3600 }, ADMIN);
    expect(rotated.errors).toBeUndefined();
    const resolved = (await harness.internal<{ status: string; expiresAt: string }>('api-keys/resolve', { key: old.secret })).body;
    expect(resolved.status).toBe('active');
    expect(Date.parse(resolved.expiresAt) - Date.now()).toBeGreaterThan(3500_000);
    expect(Date.parse(resolved.expiresAt) - Date.now()).toBeLessThanOrEqual(3600_000);
  });

  it('refuse to rotate a revoked key or with a grace period out of range, changing nothing', async () => {
    const { apiKey } = await create();
    expect((await harness.execute(ROTATE, { id: apiKey.id, grace: -1 }, ADMIN)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'graceSeconds' });
    await harness.execute(REVOKE, { id: apiKey.id }, ADMIN);
    const before = await keyCount();
    expect((await harness.execute(ROTATE, { id: apiKey.id }, ADMIN)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await keyCount()).toBe(before);
  });
});

describe('the internal key resolution endpoint', () => {
  it('resolves an active key to its partner, scopes and limits, and records its use', async () => {
    const { secret, apiKey } = await create({ costLimit: 250, rateLimit: 5 });
    const { status, body } = await harness.internal('api-keys/resolve', { key: secret });
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'active', keyId: apiKey.id, partnerId: 'france-travail', scopes: ['partner:accounts.read'], costLimit: 250, rateLimit: 5, expiresAt: null });
    const listed = await harness.execute<{ apiKeys: ApiKeyView[] }>(LIST, { partner: 'france-travail' }, ADMIN);
    expect(listed.data?.apiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt).toEqual(expect.any(String));
  });

  it('answers unknown for forged, unknown and malformed keys, and 400 for a body without a key', async () => {
    const { secret } = await create();
    const forged = `${secret.slice(0, -4)}AAAA`;
    for (const key of [forged, 'phx_nothere0_' + 'a'.repeat(43), 'hello']) {
      expect((await harness.internal('api-keys/resolve', { key })).body).toEqual({ status: 'unknown' });
    }
    expect((await harness.internal('api-keys/resolve', { key: 42 })).status).toBe(400);
  });

  it('answers only the gateway’s own service token', async () => {
    const { secret } = await create();
    expect((await harness.internal('api-keys/resolve', { key: secret }, null)).status).toBe(401);
    expect((await harness.internal('api-keys/resolve', { key: secret }, ADMIN)).status).toBe(403);
    expect((await harness.internal('api-keys/resolve', { key: secret }, PARTNER)).status).toBe(403);
  });
});
