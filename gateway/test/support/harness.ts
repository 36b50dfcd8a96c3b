import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet } from 'jose';
import { generatePemKeyPair, type PemKeyPair } from '@phoenix/keys';
import { createLogger, type Logger } from '@phoenix/logger';
import type { Tier } from '@phoenix/context-token';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '../../src/server.js';
import { createAccessTokenIssuer, type AccessTokenIssuer } from './access-tokens.js';
import { startTestSubgraphs, type TestSubgraphs } from './subgraphs.js';
import { composeTestSupergraph, type MottoVariant } from './schemas.js';

export const ALLOWED_ORIGIN = 'http://app.phoenix.test';

export interface HarnessOptions {
  /** Extra gateway environment, e.g. `{ GATEWAY_INTROSPECTION: 'true' }`, possibly naming the running subgraphs. */
  env?: Record<string, string> | ((subgraphs: TestSubgraphs) => Record<string, string>);
  /** Routing URLs written into the supergraph instead of the running subgraphs' own. */
  routingUrls?: { accounts?: string; billing?: string };
  logger?: Logger;
  /** Give the gateway the issuer's keys directly instead of fetching the accounts JWKS. */
  localJwks?: boolean;
}

export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown> & { cost?: CostExtension };
}

/** `extensions.cost` as the gateway reports it. */
export interface CostExtension {
  estimated: number;
  limit: number;
  bucket?: { remaining: number; capacity: number; refillPerSecond: number };
}

export interface HarnessResponse<TBody = GraphQLResponseBody> {
  status: number;
  headers: Headers;
  body: TBody;
}

export interface Harness {
  url: string;
  /** The gateway's origin, for `/health/*`. */
  origin: string;
  gateway: PhoenixGateway;
  subgraphs: TestSubgraphs;
  issuer: AccessTokenIssuer;
  contextKeys: PemKeyPair;
  supergraphPath: string;
  /** Writes `sdl` as the supergraph file the gateway watches. */
  writeSupergraph(sdl: string): Promise<void>;
  /** Composes the test supergraph routed to the running subgraphs. */
  supergraph(options?: { motto?: MottoVariant }): string;
  /** An access token for a user of `tier`. */
  tokenFor(tier: Tier, options?: { sub?: string; roles?: string[]; sid?: string | null }): Promise<string>;
  /** POSTs a GraphQL request as JSON; `token` becomes a Bearer Authorization header, `apiKey` an X-Api-Key header. */
  query(
    query: string,
    options?: { token?: string; apiKey?: string; variables?: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<HarnessResponse>;
  /** POSTs any JSON body (batches, persisted queries). */
  post<TBody = GraphQLResponseBody>(body: unknown, headers?: Record<string, string>): Promise<HarnessResponse<TBody>>;
  /** Forgets what the subgraphs received so far. */
  clearReceived(): void;
  /** Every request the subgraphs received since the last clear. */
  receivedCount(): number;
  stop(): Promise<void>;
}

/** Starts the two test subgraphs and a gateway in front of them, on free ports. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const contextKeys = await generatePemKeyPair();
  const issuer = await createAccessTokenIssuer();
  const subgraphs = await startTestSubgraphs({ contextPublicKeyPem: contextKeys.publicKeyPem, jwks: issuer.jwks });
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-gateway-'));
  const supergraphPath = join(directory, 'supergraph.graphql');
  const urls = {
    accounts: options.routingUrls?.accounts ?? subgraphs.accounts.url,
    billing: options.routingUrls?.billing ?? subgraphs.billing.url,
  };
  const supergraph = (composeOptions?: { motto?: MottoVariant }) => composeTestSupergraph(urls, composeOptions);
  await writeFile(supergraphPath, supergraph());

  let gateway: PhoenixGateway;
  try {
    const config = loadGatewayConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      SUPERGRAPH_PATH: supergraphPath,
      CORS_ORIGINS: ALLOWED_ORIGIN,
      GATEWAY_INTROSPECTION: 'false',
      ACCOUNTS_JWKS_URL: subgraphs.accounts.url.replace('/graphql', '/.well-known/jwks.json'),
      CONTEXT_TOKEN_PRIVATE_KEY: contextKeys.privateKeyPem,
      CONTEXT_TOKEN_PUBLIC_KEY: contextKeys.publicKeyPem,
      ...(typeof options.env === 'function' ? options.env(subgraphs) : options.env),
    });
    gateway = await createGateway({
      config,
      logger: options.logger ?? createLogger('gateway', 'silent'),
      supergraphReloadDebounceMs: 50,
      ...(options.localJwks ? { jwks: createLocalJWKSet(issuer.jwks) } : {}),
    });
  } catch (error) {
    await subgraphs.stop();
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const { url } = await gateway.start();
  async function post<TBody>(body: unknown, headers: Record<string, string> = {}): Promise<HarnessResponse<TBody>> {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, headers: response.headers, body: (await response.json()) as TBody };
  }

  return {
    url,
    origin: new URL(url).origin,
    gateway,
    subgraphs,
    issuer,
    contextKeys,
    supergraphPath,
    supergraph,
    writeSupergraph: (sdl) => writeFile(supergraphPath, sdl),
    tokenFor: (tier, tokenOptions = {}) =>
      issuer.issue({ sub: tokenOptions.sub ?? 'user-1', tier, roles: tokenOptions.roles ?? [], ...(tokenOptions.sid !== undefined ? { sid: tokenOptions.sid } : {}) }),
    query(query, queryOptions = {}) {
      return post(
        { query, variables: queryOptions.variables },
        {
          ...(queryOptions.token ? { authorization: `Bearer ${queryOptions.token}` } : {}),
          ...(queryOptions.apiKey ? { 'x-api-key': queryOptions.apiKey } : {}),
          ...queryOptions.headers,
        },
      );
    },
    post,
    clearReceived() {
      subgraphs.accounts.received.length = 0;
      subgraphs.billing.received.length = 0;
    },
    receivedCount: () => subgraphs.accounts.received.length + subgraphs.billing.received.length,
    async stop() {
      await gateway.stop();
      await subgraphs.stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Polls `check` until it returns true or `timeoutMs` passes. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}
