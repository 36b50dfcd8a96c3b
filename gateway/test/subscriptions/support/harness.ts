import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { createLocalJWKSet } from 'jose';
import type { Tier } from '@phoenix/context-token';
import { generatePemKeyPair, type PemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '../../../src/server.js';
import { createAccessTokenIssuer, type AccessTokenIssuer } from '../../support/access-tokens.js';
import { ALLOWED_ORIGIN } from '../../support/harness.js';
import { accountsTypeDefs } from '../../support/schemas.js';
import { startTestSubgraphs, type TestSubgraphs } from '../../support/subgraphs.js';
import { ProtocolClient } from './protocol-client.js';
import { startStreamSubgraph, streamTypeDefs, type StreamSubgraph } from './stream-subgraph.js';

export { ALLOWED_ORIGIN };

export interface RunningGateway {
  gateway: PhoenixGateway;
  /** `http://…/graphql` */
  url: string;
  /** `ws://…/graphql` */
  wsUrl: string;
  origin: string;
  /** Opens a socket on `/graphql` (subprotocol graphql-transport-ws unless told). */
  open(options?: { origin?: string; protocols?: string | string[] }): Promise<ProtocolClient>;
  /** Opens a socket and has its `connection_init` acknowledged. */
  connect(connectionParams?: Record<string, unknown>): Promise<ProtocolClient>;
  stop(): Promise<void>;
}

export interface SubscriptionHarness {
  /** Accounts (users, JWKS, partner keys) and billing. */
  subgraphs: TestSubgraphs;
  stream: StreamSubgraph;
  issuer: AccessTokenIssuer;
  contextKeys: PemKeyPair;
  /** Starts a gateway in front of the subgraphs with extra environment; the harness stops it. */
  startGateway(env?: Record<string, string>): Promise<RunningGateway>;
  /** An access token for a user of `tier`. */
  tokenFor(tier: Tier, options?: { sub?: string; expiresIn?: number; sid?: string }): Promise<string>;
  stop(): Promise<void>;
}

/** Starts accounts, billing and the `stream` subgraph, and writes the supergraph of accounts and stream. */
export async function startSubscriptionHarness(): Promise<SubscriptionHarness> {
  const contextKeys = await generatePemKeyPair();
  const issuer = await createAccessTokenIssuer();
  const subgraphs = await startTestSubgraphs({ contextPublicKeyPem: contextKeys.publicKeyPem, jwks: issuer.jwks });
  const stream = await startStreamSubgraph(contextKeys.publicKeyPem);
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-subscriptions-'));
  const supergraphPath = join(directory, 'supergraph.graphql');
  const composed = composeServices([
    { name: 'accounts', url: subgraphs.accounts.url, typeDefs: accountsTypeDefs() },
    { name: 'stream', url: stream.url, typeDefs: streamTypeDefs },
  ]);
  if (composed.errors) throw new Error(`supergraph does not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
  await writeFile(supergraphPath, composed.supergraphSdl);
  const gateways: RunningGateway[] = [];

  async function startGateway(env: Record<string, string> = {}): Promise<RunningGateway> {
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
      ...env,
    });
    const gateway = await createGateway({ config, logger: createLogger('gateway', 'silent'), jwks: createLocalJWKSet(issuer.jwks) });
    const { url } = await gateway.start();
    const wsUrl = url.replace(/^http/, 'ws');
    let stopped: Promise<void> | undefined;
    const running: RunningGateway = {
      gateway,
      url,
      wsUrl,
      origin: new URL(url).origin,
      open: (options) => ProtocolClient.open(wsUrl, options),
      async connect(connectionParams) {
        const client = await ProtocolClient.open(wsUrl);
        await client.init(connectionParams);
        return client;
      },
      stop: () => (stopped ??= gateway.stop()),
    };
    gateways.push(running);
    return running;
  }

  return {
    subgraphs,
    stream,
    issuer,
    contextKeys,
    startGateway,
    tokenFor: (tier, options = {}) =>
      issuer.issue({ sub: options.sub ?? 'user-1', tier, ...(options.sid ? { sid: options.sid } : {}) }, options.expiresIn !== undefined ? { expiresIn: options.expiresIn } : {}),
    async stop() {
      await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
      await Promise.allSettled([stream.stop(), subgraphs.stop()]);
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` holds, polling; fails the test with `what` if it never does. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
