import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { asc, eq } from 'drizzle-orm';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { consentChanges, users } from '../src/db/schema.js';
import { ensureUser } from '../src/seed.js';
import { SIGN_IN, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

let harness: AccountsHarness;
let alice: AuthPayloadData;
let bob: AuthPayloadData;
let asAlice: Principal;
let asBob: Principal;

beforeAll(async () => {
  harness = await startAccounts();
  alice = await signUp(harness, { email: 'alice@exemple.fr', displayName: 'Alice Bernard' });
  bob = await signUp(harness, { email: 'bob@exemple.fr', displayName: 'Bob Lefèvre' });
  asAlice = principalFromAccessToken(alice.accessToken);
  asBob = principalFromAccessToken(bob.accessToken);
});

afterAll(async () => {
  await harness.close();
});

const SET_CONSENT = `mutation SetConsent($purpose: String!, $granted: Boolean!) {
  setConsent(purpose: $purpose, granted: $granted) { id consents { purpose granted updatedAt } }
}`;

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { id displayName tier roles createdAt } }
}`;

function admin(): Principal {
  return { kind: 'user', userId: '00000000-0000-4000-8000-000000000001', tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
}

describe('me', () => {
  it('returns the signed-in user, email included', async () => {
    const result = await harness.execute<{ me: Record<string, unknown> }>('{ me { id email displayName tier roles } }', {}, asAlice);
    expect(result.data?.me).toEqual({ id: alice.user.id, email: 'alice@exemple.fr', displayName: 'Alice Bernard', tier: 'FREE', roles: [] });
  });

  it('returns null for an anonymous caller', async () => {
    const result = await harness.execute<{ me: unknown }>('{ me { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toBeNull();
  });
});

describe('private fields', () => {
  it('refuse the email and consents of another user with FORBIDDEN, while public fields stay readable', async () => {
    const representations = [{ __typename: 'User', id: alice.user.id }];
    for (const field of ['email', 'consents { purpose }']) {
      const result = await harness.execute(
        `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { id ${field} } } }`,
        { representations },
        asBob,
      );
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(result)).not.toContain('alice@exemple.fr');
    }
    const visible = await harness.execute<{ _entities: { displayName: string }[] }>(ENTITIES, { representations }, asBob);
    expect(visible.data?._entities[0]?.displayName).toBe('Alice Bernard');
  });

  it('refuse the email of any user to an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await harness.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { email } } }`,
      { representations: [{ __typename: 'User', id: alice.user.id }] },
    );
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('show the email to an admin', async () => {
    const result = await harness.execute<{ _entities: { email: string }[] }>(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on User { email } } }`,
      { representations: [{ __typename: 'User', id: bob.user.id }] },
      admin(),
    );
    expect(result.data?._entities[0]?.email).toBe('bob@exemple.fr');
  });
});

describe('_entities', () => {
  it('resolves User references in the order given, with null for unknown or malformed ids', async () => {
    const result = await harness.execute<{ _entities: ({ id: string; displayName: string; tier: string; createdAt: string } | null)[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: 'User', id: bob.user.id },
          { __typename: 'User', id: '00000000-0000-4000-8000-0000000000ff' },
          { __typename: 'User', id: 'not-a-uuid' },
          { __typename: 'User', id: alice.user.id.toUpperCase() },
        ],
      },
      { kind: 'anonymous' },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data?._entities ?? [];
    expect(entities.map((e) => e?.displayName ?? null)).toEqual(['Bob Lefèvre', null, null, 'Alice Bernard']);
    expect(entities[0]).toMatchObject({ id: bob.user.id, tier: 'FREE', roles: [] });
  });
});

describe('setConsent', () => {
  it('records the current decision per purpose and keeps every change in the history', async () => {
    await harness.execute(SET_CONSENT, { purpose: 'analytics', granted: true }, asAlice);
    await harness.execute(SET_CONSENT, { purpose: 'partner_sharing:france-travail', granted: true }, asAlice);
    const last = await harness.execute<{ setConsent: { consents: { purpose: string; granted: boolean; updatedAt: string }[] } }>(
      SET_CONSENT,
      { purpose: 'analytics', granted: false },
      asAlice,
    );
    const consents = last.data?.setConsent.consents ?? [];
    expect(consents.map(({ purpose, granted }) => ({ purpose, granted }))).toEqual([
      { purpose: 'analytics', granted: false },
      { purpose: 'partner_sharing:france-travail', granted: true },
    ]);
    expect(Number.isNaN(Date.parse(consents[0]?.updatedAt ?? ''))).toBe(false);
    const history = await harness.database.db
      .select()
      .from(consentChanges)
      .where(eq(consentChanges.userId, alice.user.id))
      .orderBy(asc(consentChanges.id));
    expect(history.map(({ purpose, granted, changedBy }) => ({ purpose, granted, changedBy }))).toEqual([
      { purpose: 'analytics', granted: true, changedBy: alice.user.id },
      { purpose: 'partner_sharing:france-travail', granted: true, changedBy: alice.user.id },
      { purpose: 'analytics', granted: false, changedBy: alice.user.id },
    ]);
  });

  it('refuses an unknown purpose or a malformed partner and records nothing', async () => {
    for (const purpose of ['marketing', 'partner_sharing:', 'partner_sharing:France Travail']) {
      const result = await harness.execute(SET_CONSENT, { purpose, granted: true }, asBob);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purpose' });
    }
    const history = await harness.database.db.select().from(consentChanges).where(eq(consentChanges.userId, bob.user.id));
    expect(history).toHaveLength(0);
  });

  it('requires a signed-in caller', async () => {
    const result = await harness.execute(SET_CONSENT, { purpose: 'research', granted: true });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('ensureUser', () => {
  it('creates a user once, with roles, and leaves an existing one unchanged', async () => {
    const input = { email: 'Admin@Phoenix.local', password: 'demo admin password', displayName: 'Admin Phoenix', roles: ['admin'] };
    const first = await ensureUser(harness.database.db, input);
    const second = await ensureUser(harness.database.db, { ...input, displayName: 'Someone else', roles: [] });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const [row] = await harness.database.db.select().from(users).where(eq(users.id, first.id));
    expect(row).toMatchObject({ email: 'admin@phoenix.local', displayName: 'Admin Phoenix', roles: ['admin'], tier: 'FREE' });
    const signIn = await harness.execute<{ signIn: AuthPayloadData }>(SIGN_IN, { input: { email: 'admin@phoenix.local', password: 'demo admin password' } });
    expect(principalFromAccessToken(signIn.data?.signIn.accessToken ?? '')).toMatchObject({ roles: ['admin'], scopes: ['admin'] });
  });

  it('refuses input that sign-up would refuse', async () => {
    await expect(ensureUser(harness.database.db, { email: 'x@exemple.fr', password: 'short', displayName: 'X' })).rejects.toThrow(/password/);
  });
});
