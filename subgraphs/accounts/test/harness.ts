import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { decodeJwt } from 'jose';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal, type Tier } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import type { RunningSubgraph } from '@phoenix/subgraph-server';
import { startTestSubgraph, type GraphQLResponse } from '@phoenix/subgraph-server/testing';
import { accountsEnv } from '../src/config.js';
import { ACCOUNTS_MIGRATIONS, createAccountsSubgraph } from '../src/server.js';

export type GraphQLResult<TData> = GraphQLResponse<TData>;

export interface AccountsHarness {
  database: DatabaseHandle;
  running: RunningSubgraph;
  /** Base URL of the HTTP server, without `/graphql`. */
  baseUrl: string;
  /** Every log line written so far. */
  logs: string[];
  /** Sends an operation as the gateway would, with a context token for `principal`. */
  execute<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResult<TData>>;
  /** POSTs to `/internal/<path>` as the gateway does (or as `principal`; `null` for no token). */
  internal<TBody = unknown>(path: string, body: unknown, principal?: Principal | null): Promise<{ status: number; body: TBody }>;
  close(): Promise<void>;
}

/** A migrated database of its own and the accounts subgraph over HTTP on a free port. */
export async function startAccounts(): Promise<AccountsHarness> {
  const database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, ACCOUNTS_MIGRATIONS);
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger('accounts', 'info', destination);
  const config = parseConfig('accounts', accountsEnv, { NODE_ENV: 'test' });
  const keysDirectory = mkdtempSync(join(tmpdir(), 'phoenix-accounts-keys-'));
  const definition = await createAccountsSubgraph({ database, config, logger, keysDirectory });
  const running = await startTestSubgraph(definition, { logger });
  return {
    database,
    running,
    baseUrl: running.url.replace(/\/graphql$/, ''),
    logs,
    execute: (query, variables, principal) => running.execute(query, variables, principal),
    internal: (path, body, principal) => running.internal(path, body, principal),
    async close() {
      await running.stop();
      await database.close();
    },
  };
}

/** The principal the gateway builds from a verified access token. */
export function principalFromAccessToken(accessToken: string): Principal {
  const claims = decodeJwt(accessToken) as { sub: string; tier: Tier; roles: string[]; sid: string };
  return { kind: 'user', userId: claims.sub, tier: claims.tier, roles: claims.roles, scopes: scopesForUser(claims.tier, claims.roles), sessionId: claims.sid };
}

export const AUTH_FIELDS = 'accessToken expiresAt refreshToken user { id displayName tier roles createdAt }';

export interface AuthPayloadData {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  user: { id: string; displayName: string; tier: string; roles: string[]; createdAt: string };
}

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ${AUTH_FIELDS} } }`;
export const REFRESH = `mutation Refresh($token: String) { refreshSession(refreshToken: $token) { ${AUTH_FIELDS} } }`;
export const SIGN_OUT = 'mutation SignOut($token: String) { signOut(refreshToken: $token) }';

/** Signs a new user up and returns the payload; fails the test if sign-up fails. */
export async function signUp(harness: AccountsHarness, input: { email: string; password?: string; displayName?: string }): Promise<AuthPayloadData> {
  const result = await harness.execute<{ signUp: AuthPayloadData }>(SIGN_UP, {
    input: { password: 'correct horse battery', displayName: 'Camille Martin', ...input },
  });
  if (!result.data?.signUp) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return result.data.signUp;
}
