import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import { parseConfig } from '@phoenix/config';
import { ContextTokenVerifier } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle, type MigrationTarget } from '@phoenix/db';
import { importPublicKey, type PemKeyPair } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from '@phoenix/subgraph-server';
import type { ServiceTelemetry } from '@phoenix/telemetry';
import { createAccountsSubgraph } from '@phoenix/accounts';
import { accountsEnv } from '@phoenix/accounts/config';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '@phoenix/gateway';

/** A fresh test database with every schema of `targets` migrated, in order. */
export async function createMigratedTestDatabase(targets: readonly MigrationTarget[]): Promise<DatabaseHandle> {
  const database = await createTestDatabase();
  try {
    for (const target of targets) await migrateSchema(database, target);
    return database;
  } catch (error) {
    // The caller never receives the handle, so nobody else could close it.
    await database.close();
    throw error;
  }
}

export interface TestSubgraphOptions {
  logger: Logger;
  /** The pair the gateway signs context tokens with; the subgraph verifies them with its public half. */
  contextKeys: PemKeyPair;
  telemetry?: ServiceTelemetry;
}

/** Starts `definition` on a free port, answering only context tokens addressed to it. */
export async function startTestSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: TestSubgraphOptions,
): Promise<RunningSubgraph> {
  const verifier = new ContextTokenVerifier(await importPublicKey(options.contextKeys.publicKeyPem), definition.name);
  return startSubgraphServer(definition, { port: 0, logger: options.logger, verifier, telemetry: options.telemetry });
}

/** Starts the accounts subgraph on `database` (its schemas migrated), with access-token keys of its own. */
export async function startTestAccounts(options: TestSubgraphOptions & { database: DatabaseHandle }): Promise<RunningSubgraph> {
  const definition = await createAccountsSubgraph({
    database: options.database,
    config: parseConfig('accounts', accountsEnv, { NODE_ENV: 'test' }),
    logger: options.logger,
    keysDirectory: await mkdtemp(join(tmpdir(), 'phoenix-test-keys-')),
  });
  return startTestSubgraph(definition, options);
}

/** One running subgraph as the supergraph composes it. */
export interface TestSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

export interface TestGatewayOptions {
  logger: Logger;
  /** The pair the gateway signs context tokens with; the subgraphs must verify with its public half. */
  contextKeys: PemKeyPair;
  /** Composed into the supergraph; `accounts` must be one of them, since the gateway checks access tokens against its JWKS. */
  subgraphs: readonly TestSubgraph[];
  /** Gateway environment beyond what every test gateway needs, e.g. `BILLING_WEBHOOK_URL`. */
  env?: Record<string, string>;
  telemetry?: ServiceTelemetry;
  /** Where the supergraph file is written; a fresh temporary directory otherwise. */
  directory?: string;
}

export interface TestGateway {
  gateway: PhoenixGateway;
  /** `http://…/graphql` */
  url: string;
}

/** Composes `subgraphs` into a supergraph file and starts a gateway on it, on a free port. */
export async function startTestGateway(options: TestGatewayOptions): Promise<TestGateway> {
  const accounts = options.subgraphs.find((subgraph) => subgraph.name === 'accounts');
  if (!accounts) throw new Error('a test gateway needs the accounts subgraph: access tokens are checked against its JWKS');
  const composed = composeServices([...options.subgraphs]);
  if (composed.errors) throw new Error(`the subgraphs do not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'phoenix-test-gateway-')));
  const supergraphPath = join(directory, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);
  const gateway = await createGateway({
    logger: options.logger,
    telemetry: options.telemetry,
    config: loadGatewayConfig({
      NODE_ENV: 'test',
      PORT: '0',
      SUPERGRAPH_PATH: supergraphPath,
      ACCOUNTS_JWKS_URL: accounts.url.replace('/graphql', '/.well-known/jwks.json'),
      CONTEXT_TOKEN_PRIVATE_KEY: options.contextKeys.privateKeyPem,
      CONTEXT_TOKEN_PUBLIC_KEY: options.contextKeys.publicKeyPem,
      ...options.env,
    }),
  });
  try {
    return { gateway, url: (await gateway.start()).url };
  } catch (error) {
    // The caller never receives a gateway that failed to listen, so it is stopped here.
    await gateway.stop().catch(() => undefined);
    throw error;
  }
}
