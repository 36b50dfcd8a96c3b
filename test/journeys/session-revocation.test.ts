import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import type { RunningSubgraph } from '@phoenix/subgraph-server';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs } from '@phoenix/accounts';
import { ProtocolClient } from '../../gateway/test/subscriptions/support/protocol-client.js';
import { createMigratedTestDatabase, startTestAccounts, startTestGateway, type TestGateway } from '../support/test-services.js';

// An access token lives up to 15 minutes; its session can end sooner (sign-out, a reused
// refresh token, a deleted account). Two gateways share one accounts service: `served`
// serves the mutations and learns at once; `other` only learns from accounts, with its cache
// off here (GATEWAY_SESSION_CACHE_SECONDS=0) so the next request shows it without waiting.

interface Answer<T> {
  status: number;
  setCookie: string | null;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

let database: DatabaseHandle;
let accounts: RunningSubgraph;
let served: TestGateway;
let other: TestGateway;

beforeAll(async () => {
  database = await createMigratedTestDatabase([EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, ACCOUNTS_MIGRATIONS]);
  const contextKeys = await generatePemKeyPair();
  const logger = createLogger('journey', 'silent');
  accounts = await startTestAccounts({ database, logger, contextKeys });
  const subgraphs = [{ name: 'accounts', url: accounts.url, typeDefs: accountsTypeDefs }];
  served = await startTestGateway({ logger, contextKeys, subgraphs });
  other = await startTestGateway({ logger, contextKeys, subgraphs, env: { GATEWAY_SESSION_CACHE_SECONDS: '0' } });
}, 60_000);

afterAll(async () => {
  await served?.gateway.stop();
  await other?.gateway.stop();
  await accounts?.stop();
  await database?.close();
});

async function graphql<T>(gateway: TestGateway, query: string, variables: Record<string, unknown> = {}, options: { token?: string; web?: string } = {}): Promise<Answer<T>> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.web ? { 'x-phoenix-client': 'web', cookie: `phoenix_refresh=${options.web}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'status' | 'setCookie'>;
  return { status: response.status, setCookie: response.headers.get('set-cookie'), ...body };
}

async function signUp(email: string): Promise<Tokens> {
  const answer = await graphql<{ signUp: Tokens }>(served, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken } }', {
    input: { email, password: 'une reconversion bien menée', displayName: 'Camille Roux' },
  });
  if (!answer.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.signUp;
}

const ME = '{ me { id } }';
const refusalOf = (answer: Answer<unknown>) => ({ status: answer.status, code: answer.errors?.[0]?.extensions?.code, reason: answer.errors?.[0]?.extensions?.reason });
const REVOKED = { status: 401, code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' };

describe('access tokens of an ended session', () => {
  it('work while the session is active, on both gateways', async () => {
    const { accessToken } = await signUp('session.active@exemple.fr');
    for (const gateway of [served, other]) {
      const answer = await graphql<{ me: { id: string } }>(gateway, ME, {}, { token: accessToken });
      expect(answer.status).toBe(200);
      expect(answer.data?.me.id).toEqual(expect.any(String));
    }
  });

  it('are refused after signOut: at once where it was served, on the next request elsewhere', async () => {
    const { accessToken } = await signUp('session.signout@exemple.fr');
    expect((await graphql(other, ME, {}, { token: accessToken })).status).toBe(200);
    const signedOut = await graphql<{ signOut: boolean }>(served, 'mutation { signOut }', {}, { token: accessToken });
    expect(signedOut.data?.signOut).toBe(true);

    expect(refusalOf(await graphql(served, ME, {}, { token: accessToken }))).toEqual(REVOKED);
    expect(refusalOf(await graphql(other, ME, {}, { token: accessToken }))).toEqual(REVOKED);
  });

  it('are refused once a reused refresh token revoked the session', async () => {
    const tokens = await signUp('session.reuse@exemple.fr');
    const REFRESH = 'mutation ($t: String) { refreshSession(refreshToken: $t) { accessToken } }';
    expect((await graphql(served, REFRESH, { t: tokens.refreshToken })).errors).toBeUndefined();
    expect((await graphql(served, REFRESH, { t: tokens.refreshToken })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect(refusalOf(await graphql(other, ME, {}, { token: tokens.accessToken }))).toEqual(REVOKED);
  });

  it('are refused once the account is deleted, every session of it, and the web cookie is cleared', async () => {
    const email = 'session.deleted@exemple.fr';
    const first = await signUp(email);
    const signedIn = await graphql<{ signIn: Tokens }>(served, 'mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken } }', {
      input: { email, password: 'une reconversion bien menée' },
    });
    const second = signedIn.data?.signIn as Tokens;
    expect((await graphql(other, ME, {}, { token: second.accessToken })).status).toBe(200);

    const deleted = await graphql<{ deleteMyAccount: boolean }>(served, 'mutation ($email: String!) { deleteMyAccount(confirmEmail: $email) }', { email }, { token: first.accessToken, web: first.refreshToken });
    expect(deleted.data?.deleteMyAccount).toBe(true);
    expect(deleted.setCookie).toMatch(/^phoenix_refresh=; Max-Age=0;/);

    for (const gateway of [served, other]) {
      for (const { accessToken } of [first, second]) expect(refusalOf(await graphql(gateway, ME, {}, { token: accessToken }))).toEqual(REVOKED);
    }
  });

  it('cannot open a subscription socket: connection_init is refused with 4403', async () => {
    const { accessToken } = await signUp('session.socket@exemple.fr');
    await graphql(served, 'mutation { signOut }', {}, { token: accessToken });
    for (const gateway of [served, other]) {
      const client = await ProtocolClient.open(gateway.url.replace(/^http/, 'ws'));
      await expect(client.init({ authorization: `Bearer ${accessToken}` })).rejects.toThrow(/socket closed with 4403/);
      expect((await client.closed).reason).toMatch(/session has ended/);
    }
  });

  // Last: it stops accounts.
  it('answers 502 SUBGRAPH_UNAVAILABLE for a session no gateway could confirm while accounts is down', async () => {
    const { accessToken } = await signUp('session.outage@exemple.fr');
    await accounts.stop();
    expect(refusalOf(await graphql(other, ME, {}, { token: accessToken }))).toMatchObject({ status: 502, code: 'SUBGRAPH_UNAVAILABLE' });
  });
});
