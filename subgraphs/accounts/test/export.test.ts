import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { and, asc, eq } from 'drizzle-orm';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { eventLog, publish } from '@phoenix/events';
import { funnelPeople } from '../src/db/analytics-schema.js';
import { apiKeys } from '../src/db/api-keys-schema.js';
import { refreshTokens, sessions, users } from '../src/db/schema.js';
import type { AccountsSection } from '../src/export/accounts-section.js';
import { dataExportSchemaUrl } from '../src/export/data-export.js';
import { accountsExportSchema } from '../src/export/schema.js';
import { ensureUser } from '../src/seed.js';
import { SIGN_IN, SIGN_OUT, SIGN_UP, principalFromAccessToken, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';
import { schemaProblems } from '@phoenix/subgraph-server/testing';
import { eventually } from './eventually.js';

let harness: AccountsHarness;
let lucie: AuthPayloadData;
let asLucie: Principal;
const password = 'reconversion reussie';

const EXPORT = 'mutation ExportMyData { exportMyData { userId id generatedAt formatVersion schemaUrl accounts } }';

interface ExportData {
  exportMyData: { userId: string; id: string; generatedAt: string; formatVersion: number; schemaUrl: string; accounts: AccountsSection };
}

async function exportAs(principal: Principal): Promise<ExportData['exportMyData']> {
  const result = await harness.execute<ExportData>(EXPORT, {}, principal);
  if (!result.data?.exportMyData) throw new Error(`export failed: ${JSON.stringify(result.errors)}`);
  return result.data.exportMyData;
}


beforeAll(async () => {
  harness = await startAccounts();
  await harness.database.db.transaction((tx) =>
    publish(tx, {
      type: 'aube.exploration_started',
      payload: { explorationId: '77777777-7777-4777-8777-777777777777', visitorId: 'visitor-lucie-01', utm: { source: 'salon-emploi' } },
      occurredAt: new Date('2026-03-02T08:00:00Z'),
    }),
  );
  const signedUp = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, {
    input: { email: 'Lucie.Perrin@exemple.fr', password, displayName: 'Lucie Perrin', attribution: { visitorId: 'visitor-lucie-01' }, consents: ['analytics'] },
  });
  lucie = signedUp.data?.signUp as AuthPayloadData;
  asLucie = principalFromAccessToken(lucie.accessToken);
  const second = await harness.execute<{ signIn: AuthPayloadData }>(SIGN_IN, { input: { email: 'lucie.perrin@exemple.fr', password } });
  await harness.execute(SIGN_OUT, {}, principalFromAccessToken(second.data?.signIn.accessToken as string));
  await harness.execute('mutation { setConsent(purpose: "partner_sharing:france-travail", granted: true) { id } }', {}, asLucie);
});

afterAll(async () => {
  await harness.close();
});

describe('exportMyData', () => {
  it('returns a document whose accounts section holds the profile, consents, sessions and funnel of the caller', async () => {
    await eventually(async () => {
      const [row] = await harness.database.db.select().from(funnelPeople).where(eq(funnelPeople.userId, lucie.user.id));
      return row?.registeredAt ? row : undefined;
    });
    const exported = await exportAs(asLucie);
    expect(exported).toMatchObject({ userId: lucie.user.id, formatVersion: 1, schemaUrl: '/schemas/data-export.v1.json' });
    expect(exported.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const accounts = exported.accounts;
    expect(accounts.profile).toEqual({
      id: lucie.user.id,
      email: 'lucie.perrin@exemple.fr',
      displayName: 'Lucie Perrin',
      tier: 'FREE',
      roles: [],
      createdAt: lucie.user.createdAt,
    });
    expect(accounts.consents.map((c) => [c.purpose, c.granted])).toEqual([
      ['analytics', true],
      ['partner_sharing:france-travail', true],
    ]);
    expect(accounts.consentHistory.map((c) => [c.purpose, c.changedByUser])).toEqual([
      ['partner_sharing:france-travail', true],
      ['analytics', true],
    ]);
    expect(accounts.sessions).toHaveLength(2);
    expect(accounts.sessions.map((s) => s.revokedReason ?? 'active').sort()).toEqual(['active', 'sign_out']);
    expect(accounts.funnel).toEqual([
      expect.objectContaining({ visitorId: 'visitor-lucie-01', utmSource: 'salon-emploi', visitedAt: '2026-03-02T08:00:00.000Z', registeredAt: expect.any(String) }),
    ]);
    expect(accounts.activityDays.length).toBeGreaterThan(0);
    expect(accounts.apiKeysCreated).toEqual([]);
  });

  it('matches accountsExportSchema, which refuses a field it does not declare', async () => {
    const { accounts } = await exportAs(asLucie);
    expect(schemaProblems(accountsExportSchema, accounts)).toEqual([]);
    const withHash = { ...accounts, profile: { ...accounts.profile, passwordHash: 'x' } };
    expect(schemaProblems(accountsExportSchema, withHash)).not.toEqual([]);
  });

  it('never holds a password hash, a refresh token or its hash, nor an API key secret', async () => {
    const admin = await ensureUser(harness.database.db, { email: 'admin.export@exemple.fr', password, displayName: 'Admin Export', roles: ['admin'] });
    const asAdmin: Principal = { kind: 'user', userId: admin.id, tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
    const created = await harness.execute<{ createApiKey: { secret: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { partner: 'france-travail', name: 'Import de production', scopes: ['partner:accounts.read'] } },
      asAdmin,
    );
    const secret = created.data?.createApiKey.secret as string;
    const adminExport = await exportAs(asAdmin);
    const { accounts } = adminExport;
    expect(schemaProblems(accountsExportSchema, accounts)).toEqual([]);
    expect(accounts.apiKeysCreated).toEqual([expect.objectContaining({ partner: 'france-travail', name: 'Import de production', scopes: ['partner:accounts.read'] })]);

    const [key] = await harness.database.db.select().from(apiKeys).where(eq(apiKeys.createdBy, admin.id));
    const [adminRow] = await harness.database.db.select().from(users).where(eq(users.id, admin.id));
    const [lucieRow] = await harness.database.db.select().from(users).where(eq(users.id, lucie.user.id));
    const tokenHashes = await harness.database.db
      .select({ hash: refreshTokens.tokenHash })
      .from(refreshTokens)
      .innerJoin(sessions, eq(sessions.id, refreshTokens.sessionId))
      .where(eq(sessions.userId, lucie.user.id));
    const lucieDocument = JSON.stringify(await exportAs(asLucie));
    const adminDocument = JSON.stringify(adminExport);
    const adminSecrets = [secret, key?.secretHash, adminRow?.passwordHash];
    const lucieSecrets = [lucie.refreshToken, lucieRow?.passwordHash, ...tokenHashes.map((t) => t.hash)];
    expect(tokenHashes.length).toBeGreaterThan(0);
    for (const value of [...adminSecrets, ...lucieSecrets]) expect(typeof value === 'string' && value.length > 8).toBe(true);
    for (const value of adminSecrets) expect(adminDocument).not.toContain(value);
    for (const value of lucieSecrets) expect(lucieDocument).not.toContain(value);
  });

  it('announces user.data_exported with the export id, once per export', async () => {
    const { id: exportId } = await exportAs(asLucie);
    const events = await harness.database.db
      .select()
      .from(eventLog)
      .where(and(eq(eventLog.type, 'user.data_exported'), eq(eventLog.streamId, lucie.user.id)))
      .orderBy(asc(eventLog.position));
    expect(events.at(-1)?.payload).toEqual({ userId: lucie.user.id, exportId });
    expect(events.at(-1)?.version).toBe(2);
    expect(new Set(events.map((e) => (e.payload as { exportId: string }).exportId)).size).toBe(events.length);
  });

  it('is refused to an anonymous caller and to a partner key', async () => {
    expect((await harness.execute(EXPORT)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const partner: Principal = { kind: 'partner', keyId: 'key-1', partnerId: 'france-travail', scopes: ['partner:accounts.read'] };
    expect((await harness.execute(EXPORT, {}, partner)).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the DataExport entity', () => {
  const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DataExport { userId accounts } } }';

  it('gives the accounts section of the caller’s own export, and FORBIDDEN for anyone else’s', async () => {
    const own = await harness.execute<{ _entities: { userId: string; accounts: { profile: { id: string } } }[] }>(
      ENTITIES,
      { r: [{ __typename: 'DataExport', userId: lucie.user.id }] },
      asLucie,
    );
    expect(own.data?._entities[0]?.accounts.profile.id).toBe(lucie.user.id);
    const someoneElse = await harness.execute(ENTITIES, { r: [{ __typename: 'DataExport', userId: '0b6f7c1e-3d0a-4f5e-9a8b-2c1d0e9f8a7b' }] }, asLucie);
    expect(someoneElse.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('schemaUrl', () => {
  it('is the gateway’s public URL followed by the schema path, or the path alone', () => {
    expect(dataExportSchemaUrl('https://phoenix.example')).toBe('https://phoenix.example/schemas/data-export.v1.json');
    expect(dataExportSchemaUrl(undefined)).toBe('/schemas/data-export.v1.json');
  });
});
