import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import type { DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import type { RunningSubgraph } from '@phoenix/subgraph-server';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs } from '@phoenix/accounts';
import { ensureUser } from '@phoenix/accounts/seed';
import type { PhoenixGateway } from '@phoenix/gateway';
import { createMigratedTestDatabase, startTestAccounts, startTestGateway } from '../support/test-services.js';

// A partner reads a user through the gateway: refused and audited without the user's
// consent, allowed and audited with it, refused again on the very next read once the user
// withdraws it; an administrator finds all three in the audit trail.

const ADMIN = { email: 'audit-admin@exemple.fr', password: 'un mot de passe très long' };
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

let database: DatabaseHandle;
let accounts: RunningSubgraph;
let gateway: PhoenixGateway;
let gatewayUrl: string;

beforeAll(async () => {
  database = await createMigratedTestDatabase([EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, ACCOUNTS_MIGRATIONS]);
  await ensureUser(database.db, { ...ADMIN, displayName: 'Admin Audit', roles: ['admin'], consents: [] });
  const contextKeys = await generatePemKeyPair();
  const logger = createLogger('audit-journey', 'silent');
  accounts = await startTestAccounts({ database, logger, contextKeys });
  ({ gateway, url: gatewayUrl } = await startTestGateway({ logger, contextKeys, subgraphs: [{ name: 'accounts', url: accounts.url, typeDefs: accountsTypeDefs }] }));
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await accounts?.stop();
  await database?.close();
});

interface Response<T> {
  status: number;
  data?: T | null;
  errors?: { extensions?: { code?: string } }[];
}

async function graphql<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response<T>> {
  const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, ...((await response.json()) as Omit<Response<T>, 'status'>) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signIn(email: string, password: string): Promise<string> {
  const result = await graphql<{ signIn: { accessToken: string } }>('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password } });
  if (!result.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
  return result.data.signIn.accessToken;
}

interface AuditEntry {
  actorKind: string;
  actorId: string;
  partner: string | null;
  subjectUserId: string | null;
  fields: string[];
  outcome: string;
  operationName: string | null;
  traceId: string | null;
  subgraph: string;
}

let adminToken: string;
let apiKey: { id: string; secret: string };

async function setUpAdminAndKey(): Promise<void> {
  adminToken = await signIn(ADMIN.email, ADMIN.password);
  const created = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { partner: 'france-travail', name: 'Lecture des profils', scopes: ['partner:accounts.read'] } },
    bearer(adminToken),
  );
  if (!created.data?.createApiKey) throw new Error(`createApiKey failed: ${JSON.stringify(created.errors)}`);
  apiKey = { id: created.data.createApiKey.apiKey.id, secret: created.data.createApiKey.secret };
}

async function signUpPerson(email: string, displayName: string): Promise<{ token: string; id: string }> {
  const signedUp = await graphql<{ signUp: { accessToken: string; user: { id: string } } }>(
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
    { input: { email, password: 'correct horse battery', displayName } },
  );
  if (!signedUp.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(signedUp.errors)}`);
  return { token: signedUp.data.signUp.accessToken, id: signedUp.data.signUp.user.id };
}

function partnerRead(userId: string) {
  return graphql<{ user: { displayName: string } | null }>('query PartnerReadsUser($id: ID!) { user(id: $id) { displayName } }', { id: userId }, {
    'x-api-key': apiKey.secret,
    traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
  });
}

async function setSharing(userToken: string, granted: boolean): Promise<void> {
  const result = await graphql('mutation ($granted: Boolean!) { setConsent(purpose: "partner_sharing:france-travail", granted: $granted) { id } }', { granted }, bearer(userToken));
  expect(result.errors).toBeUndefined();
}

async function partnerEntries(userId: string): Promise<AuditEntry[]> {
  const result = await graphql<{ auditTrail: { entries: AuditEntry[] } }>(
    'query ($subject: ID!) { auditTrail(subjectUserId: $subject, actorKind: PARTNER, first: 50) { entries { actorKind actorId partner subjectUserId fields outcome operationName traceId subgraph } } }',
    { subject: userId },
    bearer(adminToken),
  );
  if (!result.data?.auditTrail) throw new Error(`auditTrail failed: ${JSON.stringify(result.errors)}`);
  return result.data.auditTrail.entries;
}

describe('partner reads through the gateway', () => {
  beforeAll(setUpAdminAndKey);

  it('are refused and audited without consent, allowed and audited with it, and refused again right after a withdrawal', async () => {
    const person = await signUpPerson('lea.durand@exemple.fr', 'Léa Durand');
    const byThisKey = { actorKind: 'PARTNER', actorId: apiKey.id, partner: 'france-travail', subjectUserId: person.id, operationName: 'PartnerReadsUser', traceId: TRACE_ID };

    // No consent yet: the gateway refuses, and the refusal is in the trail.
    const refused = await partnerRead(person.id);
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data ?? null).toBeNull();
    let entries = await partnerEntries(person.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ ...byThisKey, outcome: 'REFUSED', subgraph: 'gateway' });

    // Consent granted: the read succeeds, and is in the trail with the fields read.
    await setSharing(person.token, true);
    const allowed = await partnerRead(person.id);
    expect(allowed.status).toBe(200);
    expect(allowed.data?.user?.displayName).toBe('Léa Durand');
    entries = await partnerEntries(person.id);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ ...byThisKey, outcome: 'ALLOWED', subgraph: 'accounts', fields: ['User.displayName'] });

    // Consent withdrawn: the very next read is refused, and recorded.
    await setSharing(person.token, false);
    const afterWithdrawal = await partnerRead(person.id);
    expect(afterWithdrawal.status).toBe(403);
    expect(afterWithdrawal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    entries = await partnerEntries(person.id);
    expect(entries.map((entry) => entry.outcome)).toEqual(['REFUSED', 'ALLOWED', 'REFUSED']);
    expect(entries[0]).toMatchObject({ ...byThisKey, subgraph: 'gateway' });
  });

  it('send no data when the read cannot be recorded, with AUDIT_UNAVAILABLE', async () => {
    const person = await signUpPerson('noe.lambert@exemple.fr', 'Noé Lambert');
    await setSharing(person.token, true);
    await database.db.execute(sql`alter table audit.entries rename to entries_unreachable`);
    try {
      const withheld = await partnerRead(person.id);
      expect(withheld.errors?.map((error) => error.extensions?.code)).toContain('AUDIT_UNAVAILABLE');
      expect(withheld.data?.user ?? null).toBeNull();
      expect(JSON.stringify(withheld)).not.toContain('Noé Lambert');
    } finally {
      await database.db.execute(sql`alter table audit.entries_unreachable rename to entries`);
    }
  });
});
