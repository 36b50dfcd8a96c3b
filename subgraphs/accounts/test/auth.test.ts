import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eq, sql } from 'drizzle-orm';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { queryRows } from '@phoenix/db';
import { refreshTokens, users } from '../src/db/schema.js';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../src/domain/access-token.js';
import { hashRefreshToken } from '../src/domain/refresh-token.js';
import { REFRESH, SIGN_IN, SIGN_OUT, SIGN_UP, principalFromAccessToken, signUp, startAccounts, type AccountsHarness, type AuthPayloadData } from './harness.js';

let harness: AccountsHarness;

beforeAll(async () => {
  harness = await startAccounts();
});

afterAll(async () => {
  await harness.close();
});

async function countUsers(email: string): Promise<number> {
  const rows = await queryRows<{ count: number }>(harness.database.db, sql`select count(*)::int as count from accounts.users where email = ${email}`);
  return rows[0]?.count ?? -1;
}

function sessionOf(payload: AuthPayloadData): string | undefined {
  const principal = principalFromAccessToken(payload.accessToken);
  return principal.kind === 'user' ? principal.sessionId : undefined;
}

async function refresh(token: string) {
  return harness.execute<{ refreshSession: AuthPayloadData }>(REFRESH, { token });
}

describe('sign-up', () => {
  it('creates a FREE account without roles, with the email normalised, and signs it in', async () => {
    const payload = await signUp(harness, { email: '  Élodie.Dupont@Exemple.FR ', displayName: '  Élodie Dupont  ' });
    expect(payload.user).toMatchObject({ displayName: 'Élodie Dupont', tier: 'FREE', roles: [] });
    const me = await harness.execute<{ me: { id: string; email: string } }>('{ me { id email } }', {}, principalFromAccessToken(payload.accessToken));
    expect(me.data?.me).toEqual({ id: payload.user.id, email: 'élodie.dupont@exemple.fr' });
    expect(new Date(payload.user.createdAt).toISOString()).toBe(payload.user.createdAt);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await harness.database.db.select().from(users).where(eq(users.id, payload.user.id));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses an email already in use, even in another case or with spaces, and keeps a single row', async () => {
    await signUp(harness, { email: 'jean.moreau@exemple.fr' });
    for (const email of ['jean.moreau@exemple.fr', '  JEAN.Moreau@exemple.fr  ']) {
      const result = await harness.execute(SIGN_UP, { input: { email, password: 'another long password', displayName: 'Jean' } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'EMAIL_TAKEN', field: 'email' });
      expect(result.data).toBeNull();
    }
    expect(await countUsers('jean.moreau@exemple.fr')).toBe(1);
  });

  it('lets exactly one of two simultaneous sign-ups with the same email succeed', async () => {
    const input = { email: 'course@exemple.fr', password: 'une course serrée', displayName: 'Course' };
    const results = await Promise.all([harness.execute(SIGN_UP, { input }), harness.execute(SIGN_UP, { input })]);
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['EMAIL_TAKEN', 'OK']);
    expect(await countUsers('course@exemple.fr')).toBe(1);
  });

  it('refuses a password shorter than 10 characters and creates nothing', async () => {
    const result = await harness.execute(SIGN_UP, { input: { email: 'court@exemple.fr', password: 'neuf-cars', displayName: 'Court' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await countUsers('court@exemple.fr')).toBe(0);
  });

  it('refuses a malformed email and an empty display name, naming the field and creating nothing', async () => {
    const badEmail = await harness.execute(SIGN_UP, { input: { email: 'pas-un-email', password: 'assez long pour passer', displayName: 'X' } });
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const badName = await harness.execute(SIGN_UP, { input: { email: 'nom@exemple.fr', password: 'assez long pour passer', displayName: '   ' } });
    expect(badName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(await countUsers('nom@exemple.fr')).toBe(0);
  });
});

describe('sign-in', () => {
  let account: AuthPayloadData;

  beforeAll(async () => {
    account = await signUp(harness, { email: 'sophie@exemple.fr', password: 'mot de passe solide' });
  });

  it('opens a new session for the right email and password, whatever the email case', async () => {
    const result = await harness.execute<{ signIn: AuthPayloadData }>(SIGN_IN, { input: { email: ' Sophie@Exemple.fr', password: 'mot de passe solide' } });
    const payload = result.data?.signIn;
    expect(payload?.user.id).toBe(account.user.id);
    expect(payload && sessionOf(payload)).toBeDefined();
    expect(payload && sessionOf(payload)).not.toBe(sessionOf(account));
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and for an unknown email', async () => {
    for (const input of [
      { email: 'sophie@exemple.fr', password: 'mauvais mot de passe' },
      { email: 'inconnu@exemple.fr', password: 'mot de passe solide' },
    ]) {
      const result = await harness.execute(SIGN_IN, { input });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INVALID_CREDENTIALS' });
      expect(result.errors?.[0]?.message).toBe('The email or the password is incorrect.');
    }
  });
});

describe('access token', () => {
  it('verifies against the served JWKS and carries the documented claims, living at most 15 minutes', async () => {
    const payload = await signUp(harness, { email: 'jwt@exemple.fr' });
    const jwks = createRemoteJWKSet(new URL(`${harness.baseUrl}/.well-known/jwks.json`));
    const { payload: claims, protectedHeader } = await jwtVerify(payload.accessToken, jwks, {
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      algorithms: ['EdDSA'],
      typ: 'at+jwt',
    });
    expect(ACCESS_TOKEN_ISSUER).toBe('phoenix-accounts');
    expect(ACCESS_TOKEN_AUDIENCE).toBe('phoenix');
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: expect.any(String), typ: 'at+jwt' });
    expect(Object.keys(claims).sort()).toEqual(['aud', 'exp', 'iat', 'iss', 'roles', 'sid', 'sub', 'tier']);
    expect(claims).toMatchObject({ sub: payload.user.id, tier: 'FREE', roles: [], sid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const { iat, exp } = claims as { iat: number; exp: number };
    expect(exp - iat).toBeGreaterThan(0);
    expect(exp - iat).toBeLessThanOrEqual(900);
    expect(new Date(payload.expiresAt).getTime()).toBe(exp * 1000);
  });

  it('publishes one Ed25519 signing key whose kid matches the tokens', async () => {
    const payload = await signUp(harness, { email: 'jwks@exemple.fr' });
    const response = await fetch(`${harness.baseUrl}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', kid: decodeProtectedHeader(payload.accessToken).kid });
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('refresh', () => {
  it('exchanges a refresh token for a new pair in the same session, and the new refresh token works in turn', async () => {
    const first = await signUp(harness, { email: 'rotation@exemple.fr' });
    const second = (await refresh(first.refreshToken)).data?.refreshSession;
    expect(second?.user.id).toBe(first.user.id);
    expect(second?.refreshToken).not.toBe(first.refreshToken);
    expect(second && sessionOf(second)).toBe(sessionOf(first));
    const third = (await refresh(second?.refreshToken ?? '')).data?.refreshSession;
    expect(third?.user.id).toBe(first.user.id);
  });

  it('revokes the whole family when a rotated token is presented again, successor included', async () => {
    const first = await signUp(harness, { email: 'vol@exemple.fr' });
    const successor = (await refresh(first.refreshToken)).data?.refreshSession;
    expect(successor).toBeDefined();
    const reuse = await refresh(first.refreshToken);
    expect(reuse.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const afterReuse = await refresh(successor?.refreshToken ?? '');
    expect(afterReuse.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(harness.logs.some((line) => line.includes('refresh token reused'))).toBe(true);
  });

  it('treats two simultaneous exchanges of one refresh token as reuse: one answer, then the session ends', async () => {
    const first = await signUp(harness, { email: 'onglets@exemple.fr' });
    const results = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    const winners = results.flatMap((r) => (r.data?.refreshSession ? [r.data.refreshSession] : []));
    expect(winners).toHaveLength(1);
    expect(results.map((r) => r.errors?.[0]?.extensions.code).filter(Boolean)).toEqual(['UNAUTHENTICATED']);
    expect((await refresh(winners[0]?.refreshToken ?? '')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers TOKEN_EXPIRED for an expired refresh token', async () => {
    const payload = await signUp(harness, { email: 'expire@exemple.fr' });
    await harness.database.db
      .update(refreshTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(payload.refreshToken)));
    const result = await refresh(payload.refreshToken);
    expect(result.errors?.[0]?.extensions.code).toBe('TOKEN_EXPIRED');
  });

  it('answers UNAUTHENTICATED for a missing or unknown refresh token', async () => {
    for (const token of [null, 'not-a-token', 'A'.repeat(43)]) {
      const result = await harness.execute(REFRESH, { token });
      expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('sign-out', () => {
  it('revokes the session of the access token, so its refresh token no longer works', async () => {
    const payload = await signUp(harness, { email: 'depart@exemple.fr' });
    const result = await harness.execute<{ signOut: boolean }>(SIGN_OUT, {}, principalFromAccessToken(payload.accessToken));
    expect(result.data?.signOut).toBe(true);
    expect((await refresh(payload.refreshToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('without a session in the token, revokes the session of the given refresh token only if it is the caller’s', async () => {
    const owner = await signUp(harness, { email: 'proprietaire@exemple.fr' });
    const other = await signUp(harness, { email: 'autre@exemple.fr' });
    const withoutSession = (payload: AuthPayloadData) => ({ ...principalFromAccessToken(payload.accessToken), sessionId: undefined });
    const stranger = await harness.execute(SIGN_OUT, { token: owner.refreshToken }, withoutSession(other));
    expect(stranger.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await refresh(owner.refreshToken)).data?.refreshSession).toBeDefined();

    const latest = await signUp(harness, { email: 'proprietaire2@exemple.fr' });
    const own = await harness.execute<{ signOut: boolean }>(SIGN_OUT, { token: latest.refreshToken }, withoutSession(latest));
    expect(own.data?.signOut).toBe(true);
    expect((await refresh(latest.refreshToken)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('requires a signed-in caller', async () => {
    const result = await harness.execute(SIGN_OUT, { token: 'A'.repeat(43) });
    expect(result.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('logs', () => {
  it('name users by id and never contain their email address', async () => {
    const payload = await signUp(harness, { email: 'discret@exemple.fr' });
    await harness.execute(SIGN_IN, { input: { email: 'discret@exemple.fr', password: 'pas le bon mot de passe' } });
    await harness.execute(SIGN_IN, { input: { email: 'absent@exemple.fr', password: 'pas le bon mot de passe' } });
    const logs = harness.logs.join('\n');
    expect(logs).toContain(payload.user.id);
    expect(logs).not.toMatch(/@exemple\.fr/i);
  });
});
