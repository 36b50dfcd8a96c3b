import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

let harness: AccountsHarness;
let sharing: AuthPayloadData;
let private_: AuthPayloadData;

const ADMIN_ID = randomUUID();
const ADMIN: Principal = { kind: 'user', userId: ADMIN_ID, tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
const PARTNER: Principal = { kind: 'partner', partnerId: 'france-travail', keyId: 'key-audit-1', scopes: ['partner:accounts.read'] };

interface Entry {
  actorKind: string;
  actorId: string;
  partner: string | null;
  subjectUserId: string | null;
  action: string;
  resource: string;
  fields: string[];
  outcome: string;
  operationName: string | null;
  traceId: string | null;
  subgraph: string;
}

const ENTRY_FIELDS = 'id at actorKind actorId partner subjectUserId action resource fields outcome operationName traceId subgraph';
const AUDIT_TRAIL = `query AuditTrail($subject: ID, $actor: ID, $kind: AuditActorKind, $first: Int, $after: String) {
  auditTrail(subjectUserId: $subject, actorId: $actor, actorKind: $kind, first: $first, after: $after) { entries { ${ENTRY_FIELDS} } nextCursor }
}`;

async function auditTrail(variables: Record<string, unknown>, principal: Principal = ADMIN) {
  return harness.execute<{ auditTrail: { entries: Entry[]; nextCursor: string | null } }>(AUDIT_TRAIL, variables, principal);
}

async function entriesAbout(subject: string, kind?: string): Promise<Entry[]> {
  const result = await auditTrail({ subject, first: 200, ...(kind ? { kind } : {}) });
  if (!result.data) throw new Error(`auditTrail failed: ${JSON.stringify(result.errors)}`);
  return result.data.auditTrail.entries;
}

beforeAll(async () => {
  harness = await startAccounts();
  sharing = await signUp(harness, { email: 'audit-partage@exemple.fr', displayName: 'Inès Moreau' });
  private_ = await signUp(harness, { email: 'audit-prive@exemple.fr', displayName: 'Hugo Petit' });
  const granted = await harness.execute(
    'mutation { setConsent(purpose: "partner_sharing:france-travail", granted: true) { id } }',
    {},
    principalFromAccessToken(sharing.accessToken),
  );
  expect(granted.errors).toBeUndefined();
});

afterAll(async () => {
  await harness.close();
});

describe('the internal consent endpoint', () => {
  it('records each refused consent check as a refused read by the partner key, and nothing for granted ones', async () => {
    const answer = await harness.internal<{ granted: string[] }>('partner-consents', {
      partnerId: 'france-travail',
      userIds: [sharing.user.id, private_.user.id],
      keyId: 'key-gateway-check',
      operationName: 'ReadCandidate',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
    expect(answer.body).toEqual({ granted: [sharing.user.id] });

    const refused = (await entriesAbout(private_.user.id, 'PARTNER')).filter((entry) => entry.actorId === 'key-gateway-check');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject(
      {
        actorKind: 'PARTNER',
        actorId: 'key-gateway-check',
        partner: 'france-travail',
        subjectUserId: private_.user.id,
        action: 'read',
        resource: 'User',
        fields: [],
        outcome: 'REFUSED',
        operationName: 'ReadCandidate',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
        subgraph: 'gateway',
      },
    );
    expect((await entriesAbout(sharing.user.id, 'PARTNER')).filter((entry) => entry.actorId === 'key-gateway-check')).toEqual([]);
  });

  it('refuses labels that are not short strings', async () => {
    const answer = await harness.internal('partner-consents', { partnerId: 'france-travail', userIds: [private_.user.id], keyId: 'k'.repeat(201) });
    expect(answer.status).toBe(400);
  });
});

describe('reads in the accounts subgraph', () => {
  it('records a partner reading a user who shares with it as an allowed read of the fields it asked for', async () => {
    const result = await harness.execute('query CandidateProfile($id: ID!) { user(id: $id) { displayName tier } }', { id: sharing.user.id }, PARTNER);
    expect(result.errors).toBeUndefined();
    const reads = (await entriesAbout(sharing.user.id, 'PARTNER')).filter((entry) => entry.operationName === 'CandidateProfile');
    expect(reads.map((entry) => [entry.actorId, entry.outcome, entry.fields, entry.subgraph])).toEqual([['key-audit-1', 'ALLOWED', ['User.displayName', 'User.tier'], 'accounts']]);
  });

  it('records a user the subgraph withholds from a partner as a refused read', async () => {
    const result = await harness.execute<{ _entities: unknown[] }>(
      'query Entities($r: [_Any!]!) { _entities(representations: $r) { ... on User { displayName } } }',
      { r: [{ __typename: 'User', id: private_.user.id }] },
      PARTNER,
    );
    expect(result.data?._entities).toEqual([null]);
    const refused = (await entriesAbout(private_.user.id, 'PARTNER')).filter((entry) => entry.operationName === 'Entities');
    expect(refused.map((entry) => [entry.outcome, entry.resource])).toEqual([['REFUSED', 'User']]);
  });
});

describe('Query.auditTrail', () => {
  it('is for administrators only', async () => {
    for (const principal of [principalFromAccessToken(sharing.accessToken), PARTNER]) {
      const result = await auditTrail({ subject: sharing.user.id }, principal);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('pages newest first until the last page', async () => {
    const subject = randomUUID();
    for (let i = 0; i < 3; i += 1) await harness.internal('partner-consents', { partnerId: 'france-travail', userIds: [subject], keyId: `key-page-${i}` });
    const first = await auditTrail({ subject, first: 2 });
    expect(first.data?.auditTrail.entries.map((entry) => entry.actorId)).toEqual(['key-page-2', 'key-page-1']);
    const second = await auditTrail({ subject, first: 2, after: first.data?.auditTrail.nextCursor });
    expect(second.data?.auditTrail.entries.map((entry) => entry.actorId)).toEqual(['key-page-0']);
    expect(second.data?.auditTrail.nextCursor).toBeNull();
  });

  it('answers BAD_USER_INPUT for a foreign cursor, a page size out of range and an empty period', async () => {
    expect((await auditTrail({ after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await auditTrail({ first: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const period = await harness.execute('{ auditTrail(from: "2030-02-01T00:00:00Z", to: "2030-01-01T00:00:00Z") { nextCursor } }', {}, ADMIN);
    expect(period.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('records who read the trail about whom', async () => {
    await auditTrail({ subject: private_.user.id });
    const reads = (await auditTrail({ actor: ADMIN_ID, first: 200 })).data?.auditTrail.entries.filter((entry) => entry.resource === 'AuditTrail') ?? [];
    expect(reads.some((entry) => entry.subjectUserId === private_.user.id && entry.actorKind === 'ADMIN' && entry.outcome === 'ALLOWED')).toBe(true);
  });
});

describe('changes recorded in the audit trail', () => {
  it('records a user’s consent decision as a change of that consent by the user', async () => {
    const entries = await entriesAbout(sharing.user.id, 'USER');
    expect(entries.filter((entry) => entry.resource === 'Consent:partner_sharing:france-travail')).toEqual([
      expect.objectContaining({ actorId: sharing.user.id, action: 'change', fields: ['Consent.granted'], outcome: 'ALLOWED', subgraph: 'accounts' }),
    ]);
  });

  it('records an export of a user’s data by that user', async () => {
    const exported = await harness.execute('mutation { exportMyData { id } }', {}, principalFromAccessToken(private_.accessToken));
    expect(exported.errors).toBeUndefined();
    const entries = (await entriesAbout(private_.user.id, 'USER')).filter((entry) => entry.action === 'export');
    expect(entries.map((entry) => [entry.actorId, entry.resource])).toEqual([[private_.user.id, 'DataExport']]);
  });

  it('records an administrator creating, rotating and revoking a partner key, never its secret', async () => {
    const created = await harness.execute<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      { input: { partner: 'france-travail', name: 'Audit', scopes: ['partner:accounts.read'] } },
      ADMIN,
    );
    const first = created.data?.createApiKey;
    if (!first) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
    const rotated = await harness.execute<{ rotateApiKey: { apiKey: { id: string } } }>('mutation ($id: ID!) { rotateApiKey(id: $id, graceSeconds: 60) { apiKey { id } } }', { id: first.apiKey.id }, ADMIN);
    const second = rotated.data?.rotateApiKey.apiKey.id;
    if (!second) throw new Error(`rotateApiKey failed: ${JSON.stringify(rotated.errors)}`);
    expect((await harness.execute('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', { id: second }, ADMIN)).errors).toBeUndefined();

    const result = await auditTrail({ actor: ADMIN_ID, kind: 'ADMIN', first: 200 });
    const keyChanges = (result.data?.auditTrail.entries ?? []).filter((entry) => entry.resource.startsWith('ApiKey:')).reverse();
    expect(keyChanges.map((entry) => [entry.resource, entry.fields, entry.action])).toEqual([
      [`ApiKey:${first.apiKey.id}`, ['ApiKey.createdAt'], 'change'],
      [`ApiKey:${second}`, ['ApiKey.createdAt'], 'change'],
      [`ApiKey:${first.apiKey.id}`, ['ApiKey.expiresAt'], 'change'],
      [`ApiKey:${second}`, ['ApiKey.revokedAt'], 'change'],
    ]);
    expect(JSON.stringify(result.data)).not.toContain(first.secret);
  });
});
