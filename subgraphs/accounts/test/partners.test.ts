import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

let harness: AccountsHarness;
let sharing: AuthPayloadData;
let private_: AuthPayloadData;

const ADMIN: Principal = { kind: 'user', userId: '00000000-0000-4000-8000-0000000000aa', tier: 'FREE', roles: ['admin'], scopes: scopesForUser('FREE', ['admin']) };
const partner = (scopes = ['partner:accounts.read']): Principal => ({ kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes });

const USER = 'query ($id: ID!) { user(id: $id) { id displayName } }';
const SET_CONSENT = 'mutation ($purpose: String!, $granted: Boolean!) { setConsent(purpose: $purpose, granted: $granted) { id } }';

beforeAll(async () => {
  harness = await startAccounts();
  sharing = await signUp(harness, { email: 'partage@exemple.fr', displayName: 'Inès Moreau' });
  private_ = await signUp(harness, { email: 'prive@exemple.fr', displayName: 'Hugo Petit' });
  const granted = await harness.execute(SET_CONSENT, { purpose: 'partner_sharing:france-travail', granted: true }, principalFromAccessToken(sharing.accessToken));
  expect(granted.errors).toBeUndefined();
});

afterAll(async () => {
  await harness.close();
});

describe('Query.user', () => {
  it('lets an administrator read any user', async () => {
    const result = await harness.execute<{ user: { displayName: string } }>(USER, { id: private_.user.id }, ADMIN);
    expect(result.data?.user.displayName).toBe('Hugo Petit');
  });

  it('lets a partner read a user who shares data with it', async () => {
    const result = await harness.execute<{ user: { id: string; displayName: string } }>(USER, { id: sharing.user.id }, partner());
    expect(result.errors).toBeUndefined();
    expect(result.data?.user).toEqual({ id: sharing.user.id, displayName: 'Inès Moreau' });
  });

  it('refuses a partner a user who does not share data with it', async () => {
    const result = await harness.execute<{ user: unknown }>(USER, { id: private_.user.id }, partner());
    expect(result.data?.user).toBeNull();
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a partner key without partner:accounts.read, and signed-in users who are not administrators', async () => {
    const withoutScope = await harness.execute(USER, { id: sharing.user.id }, partner(['partner:aube.read']));
    expect(withoutScope.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const member = await harness.execute(USER, { id: sharing.user.id }, principalFromAccessToken(private_.accessToken));
    expect(member.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('never gives a partner the email or the consents of a user, even one who shares', async () => {
    for (const field of ['email', 'consents { purpose }']) {
      const result = await harness.execute<{ user: unknown }>(`query ($id: ID!) { user(id: $id) { ${field} } }`, { id: sharing.user.id }, partner());
      expect(result.data?.user).toBeNull();
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('partners and entities', () => {
  it('resolve no user for a partner without that user’s consent', async () => {
    const result = await harness.execute<{ _entities: unknown[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { displayName } } }',
      { r: [{ __typename: 'User', id: private_.user.id }, { __typename: 'User', id: sharing.user.id }] },
      partner(),
    );
    expect(result.data?._entities).toEqual([null, { displayName: 'Inès Moreau' }]);
  });

  it('cannot run mutations without a partner:accounts.write scope', async () => {
    const result = await harness.execute('mutation { signIn(input: { email: "partage@exemple.fr", password: "correct horse battery" }) { accessToken } }', {}, partner());
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('the internal consent endpoint', () => {
  it('lists, among the users asked about, those who share data with the partner, following withdrawals', async () => {
    const ask = () => harness.internal<{ granted: string[] }>('partner-consents', { partnerId: 'france-travail', userIds: [sharing.user.id, private_.user.id, 'not-a-uuid'] });
    expect((await ask()).body).toEqual({ granted: [sharing.user.id] });
    await harness.execute(SET_CONSENT, { purpose: 'partner_sharing:france-travail', granted: false }, principalFromAccessToken(sharing.accessToken));
    expect((await ask()).body).toEqual({ granted: [] });
    await harness.execute(SET_CONSENT, { purpose: 'partner_sharing:france-travail', granted: true }, principalFromAccessToken(sharing.accessToken));
  });

  it('answers 400 to a malformed question', async () => {
    expect((await harness.internal('partner-consents', { partnerId: 'france-travail', userIds: 'all' })).status).toBe(400);
    expect((await harness.internal('partner-consents', { userIds: [] })).status).toBe(400);
  });
});
