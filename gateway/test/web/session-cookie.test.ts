import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { readCookie, sessionCookiePlugin } from '../../src/web/session-cookie.js';

// A stand-in for the accounts mutations, so the plugin is tested on its own, through Apollo
// Server's HTTP entry point exactly as the gateway's express middleware calls it.
const typeDefs = `#graphql
  type AuthPayload { accessToken: String! refreshToken: String! }
  type Query { ping: Boolean }
  type Mutation {
    signIn(email: String!): AuthPayload!
    signUp(email: String!): AuthPayload!
    refreshSession(refreshToken: String): AuthPayload!
    signOut(refreshToken: String): Boolean!
    deleteMyAccount(confirmEmail: String!): Boolean!
  }
`;

const received: (string | null | undefined)[] = [];
const resolvers = {
  Mutation: {
    signIn: () => ({ accessToken: 'access-1', refreshToken: 'refresh-1' }),
    signUp: () => ({ accessToken: 'access-0', refreshToken: 'refresh-0' }),
    refreshSession: (_: unknown, { refreshToken }: { refreshToken?: string | null }) => {
      received.push(refreshToken);
      if (refreshToken === 'refresh-1') return { accessToken: 'access-2', refreshToken: 'refresh-2' };
      if (refreshToken === 'stale') throw new GraphQLError('expired', { extensions: { code: 'TOKEN_EXPIRED' } });
      throw new GraphQLError('no session', { extensions: { code: 'UNAUTHENTICATED' } });
    },
    signOut: (_: unknown, { refreshToken }: { refreshToken?: string | null }) => {
      received.push(refreshToken);
      return true;
    },
    deleteMyAccount: (_: unknown, { confirmEmail }: { confirmEmail: string }) => {
      if (confirmEmail !== 'a@b.fr') throw new GraphQLError('not your email', { extensions: { code: 'BAD_USER_INPUT' } });
      return true;
    },
  },
};

async function serverWith(secure: boolean) {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [sessionCookiePlugin({ secure, maxAgeSeconds: 600 })] });
  await server.start();
  return server;
}

async function post(
  server: ApolloServer,
  body: { query: string; variables?: Record<string, unknown> },
  headers: Record<string, string> = { 'x-phoenix-client': 'web' },
) {
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap(Object.entries({ 'content-type': 'application/json', ...headers })), search: '', body },
    context: async () => ({}),
  });
  if (response.body.kind !== 'complete') throw new Error('expected a complete response');
  return { cookie: response.headers.get('set-cookie'), cacheControl: response.headers.get('cache-control'), json: JSON.parse(response.body.string) };
}

const SIGN_IN = 'mutation { signIn(email: "a@b.fr") { accessToken refreshToken } }';
const REFRESH = 'mutation Refresh($token: String) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';

describe('session cookie for web clients', () => {
  it('moves the refresh token of signIn into an HttpOnly, Secure, SameSite=Strict cookie and blanks it in the body', async () => {
    const server = await serverWith(true);
    const { cookie, cacheControl, json } = await post(server, { query: SIGN_IN });
    expect(cookie).toBe('phoenix_refresh=refresh-1; Max-Age=600; Path=/graphql; HttpOnly; Secure; SameSite=Strict');
    expect(cacheControl).toBe('no-store');
    expect(json.data.signIn).toEqual({ accessToken: 'access-1', refreshToken: '' });
    await server.stop();
  });

  it('leaves out Secure when configured for plain-HTTP development', async () => {
    const server = await serverWith(false);
    const { cookie } = await post(server, { query: 'mutation { signUp(email: "a@b.fr") { refreshToken } }' });
    expect(cookie).toBe('phoenix_refresh=refresh-0; Max-Age=600; Path=/graphql; HttpOnly; SameSite=Strict');
    await server.stop();
  });

  it('finds the token through aliases and fragments', async () => {
    const server = await serverWith(true);
    const { cookie, json } = await post(server, {
      query: 'mutation { session: signIn(email: "a@b.fr") { ...Tokens } } fragment Tokens on AuthPayload { renew: refreshToken accessToken }',
    });
    expect(cookie).toContain('phoenix_refresh=refresh-1;');
    expect(json.data.session).toEqual({ renew: '', accessToken: 'access-1' });
    await server.stop();
  });

  it('fills an unset refreshToken variable of refreshSession from the cookie and rotates the cookie', async () => {
    const server = await serverWith(true);
    received.length = 0;
    const { cookie, json } = await post(server, { query: REFRESH }, { 'x-phoenix-client': 'web', cookie: 'theme=dark; phoenix_refresh=refresh-1' });
    expect(received).toEqual(['refresh-1']);
    expect(json.data.refreshSession).toEqual({ accessToken: 'access-2', refreshToken: '' });
    expect(cookie).toContain('phoenix_refresh=refresh-2;');
    await server.stop();
  });

  it('never overrides a refresh token the client passed itself', async () => {
    const server = await serverWith(true);
    received.length = 0;
    await post(server, { query: REFRESH, variables: { token: 'stale' } }, { 'x-phoenix-client': 'web', cookie: 'phoenix_refresh=refresh-1' });
    expect(received).toEqual(['stale']);
    await server.stop();
  });

  it('clears the cookie when refreshSession says the session is over', async () => {
    const server = await serverWith(true);
    const { cookie, json } = await post(server, { query: REFRESH }, { 'x-phoenix-client': 'web', cookie: 'phoenix_refresh=revoked' });
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(cookie).toBe('phoenix_refresh=; Max-Age=0; Path=/graphql; HttpOnly; Secure; SameSite=Strict');
    await server.stop();
  });

  it('sets no cookie when refreshSession fails without a cookie to clear', async () => {
    const server = await serverWith(true);
    const { cookie } = await post(server, { query: REFRESH });
    expect(cookie).toBeUndefined();
    await server.stop();
  });

  it('clears the cookie on signOut, after giving its token to the mutation', async () => {
    const server = await serverWith(true);
    received.length = 0;
    const { cookie, json } = await post(
      server,
      { query: 'mutation Out($token: String) { signOut(refreshToken: $token) }' },
      { 'x-phoenix-client': 'web', cookie: 'phoenix_refresh=refresh-1' },
    );
    expect(json.data.signOut).toBe(true);
    expect(received).toEqual(['refresh-1']);
    expect(cookie).toContain('phoenix_refresh=; Max-Age=0;');
    await server.stop();
  });

  it('clears the cookie once deleteMyAccount succeeds, and only then', async () => {
    const server = await serverWith(true);
    const DELETE = 'mutation Delete($email: String!) { gone: deleteMyAccount(confirmEmail: $email) }';
    const web = { 'x-phoenix-client': 'web', cookie: 'phoenix_refresh=refresh-1' };
    const refused = await post(server, { query: DELETE, variables: { email: 'quelqu.un@b.fr' } }, web);
    expect(refused.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.cookie).toBeUndefined();

    const deleted = await post(server, { query: DELETE, variables: { email: 'a@b.fr' } }, web);
    expect(deleted.json.data.gone).toBe(true);
    expect(deleted.cookie).toBe('phoenix_refresh=; Max-Age=0; Path=/graphql; HttpOnly; Secure; SameSite=Strict');
    expect(deleted.cacheControl).toBe('no-store');
    await server.stop();
  });

  it('leaves other clients alone: tokens stay in the body and cookies are neither read nor set', async () => {
    const server = await serverWith(true);
    received.length = 0;
    const signedIn = await post(server, { query: SIGN_IN }, {});
    expect(signedIn.cookie).toBeUndefined();
    expect(signedIn.json.data.signIn.refreshToken).toBe('refresh-1');
    await post(server, { query: REFRESH }, { cookie: 'phoenix_refresh=refresh-1' });
    expect(received).toEqual([undefined]);
    await server.stop();
  });

  it('does not touch queries', async () => {
    const server = await serverWith(true);
    const { cookie } = await post(server, { query: '{ ping }' }, { 'x-phoenix-client': 'web', cookie: 'phoenix_refresh=refresh-1' });
    expect(cookie).toBeUndefined();
    await server.stop();
  });
});

describe('readCookie', () => {
  it('reads one cookie among several and decodes it', () => {
    expect(readCookie('a=1; phoenix_refresh=x%2By; b=2', 'phoenix_refresh')).toBe('x+y');
    expect(readCookie('a=1', 'phoenix_refresh')).toBeUndefined();
    expect(readCookie('phoenix_refresh=', 'phoenix_refresh')).toBeUndefined();
    expect(readCookie(undefined, 'phoenix_refresh')).toBeUndefined();
  });
});
