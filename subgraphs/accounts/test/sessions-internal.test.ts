import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Principal } from '@phoenix/context-token';
import { REFRESH, SIGN_OUT, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

// `POST /internal/sessions/resolve`: the gateway asks it whether an access token's session
// may still be honoured.

let harness: AccountsHarness;

beforeAll(async () => {
  harness = await startAccounts();
});

afterAll(async () => {
  await harness.close();
});

const sessionOf = (auth: AuthPayloadData) => decodeJwt(auth.accessToken).sid as string;
const resolve = (body: unknown, principal?: Principal | null) => harness.internal<{ active?: boolean; error?: string }>('sessions/resolve', body, principal);

describe('the internal session endpoint', () => {
  it('answers active for the session of a signed-in user, whatever the case of its id', async () => {
    const auth = await signUp(harness, { email: 'session.active@exemple.fr' });
    expect(await resolve({ sessionId: sessionOf(auth) })).toEqual({ status: 200, body: { active: true } });
    expect((await resolve({ sessionId: sessionOf(auth).toUpperCase() })).body).toEqual({ active: true });
  });

  it('answers inactive once the user signed out of that session, and only that one', async () => {
    const first = await signUp(harness, { email: 'session.signout@exemple.fr' });
    const other = await harness.execute<{ signIn: AuthPayloadData }>(
      'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }',
      { input: { email: 'session.signout@exemple.fr', password: 'correct horse battery' } },
    );
    const signedOut = await harness.execute<{ signOut: boolean }>(SIGN_OUT, {}, principalFromAccessToken(first.accessToken));
    expect(signedOut.data?.signOut).toBe(true);

    expect((await resolve({ sessionId: sessionOf(first) })).body).toEqual({ active: false });
    expect((await resolve({ sessionId: sessionOf(other.data?.signIn as AuthPayloadData) })).body).toEqual({ active: true });
  });

  it('answers inactive once a reused refresh token revoked the session', async () => {
    const auth = await signUp(harness, { email: 'session.reuse@exemple.fr' });
    expect((await harness.execute(REFRESH, { token: auth.refreshToken })).errors).toBeUndefined();
    const reused = await harness.execute(REFRESH, { token: auth.refreshToken });
    expect(reused.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    expect((await resolve({ sessionId: sessionOf(auth) })).body).toEqual({ active: false });
  });

  it('answers inactive once the account is deleted', async () => {
    const auth = await signUp(harness, { email: 'session.deleted@exemple.fr' });
    const deleted = await harness.execute<{ deleteMyAccount: boolean }>(
      'mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }',
      { email: 'session.deleted@exemple.fr' },
      principalFromAccessToken(auth.accessToken),
    );
    expect(deleted.data?.deleteMyAccount).toBe(true);

    expect((await resolve({ sessionId: sessionOf(auth) })).body).toEqual({ active: false });
  });

  it('answers inactive for a session that never existed', async () => {
    expect((await resolve({ sessionId: randomUUID() })).body).toEqual({ active: false });
  });

  it('answers 400 to a body without a session uuid', async () => {
    for (const body of [{}, { sessionId: 'session-1' }, { sessionId: 42 }, { sessionId: null }, []]) {
      expect(await resolve(body)).toEqual({ status: 400, body: { error: 'bad_request' } });
    }
  });

  it('answers only the gateway: 401 without a context token, 403 for any other principal', async () => {
    const auth = await signUp(harness, { email: 'session.caller@exemple.fr' });
    const body = { sessionId: sessionOf(auth) };
    expect((await resolve(body, null)).status).toBe(401);
    expect((await resolve(body, principalFromAccessToken(auth.accessToken))).status).toBe(403);
    expect((await resolve(body, { kind: 'partner', partnerId: 'france-travail', keyId: 'key-1', scopes: ['partner:accounts.read'] })).status).toBe(403);
  });

  it('logs no session id, user id or email when it refuses', async () => {
    const auth = await signUp(harness, { email: 'session.logs@exemple.fr' });
    await harness.execute(SIGN_OUT, {}, principalFromAccessToken(auth.accessToken));
    const from = harness.logs.length;
    expect((await resolve({ sessionId: sessionOf(auth) })).body).toEqual({ active: false });
    const lines = harness.logs.slice(from).join('');
    expect(lines).toContain('its session has ended');
    for (const secret of [sessionOf(auth), auth.user.id, 'session.logs@exemple.fr']) expect(lines).not.toContain(secret);
  });
});
