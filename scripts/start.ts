import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { commonEnv, dataDir, loadConfig, repoRoot } from '@phoenix/config';
import { ContextTokenVerifier } from '@phoenix/context-token';
import { migrateSchema, openDatabase } from '@phoenix/db';
import { EVENTS_MIGRATIONS, eventRegistry } from '@phoenix/events';
import { createGateway, loadGatewayConfig } from '@phoenix/gateway';
import { importPublicKey, resolveKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { PUBSUB_MIGRATIONS } from '@phoenix/pubsub';
import { startSubgraphServer, type RunningSubgraph } from '@phoenix/subgraph-server';
import { shutdownTracing } from '@phoenix/telemetry';
import { composeFromConfig } from './lib/composition.js';
import { seedCredentials, seedDemoAccounts } from './lib/seed.js';
import { localSubgraphs } from './lib/subgraphs.js';

// `npm start` runs every service in this one process: the embedded PGlite accepts a single
// session, so the subgraphs share one handle. Each service still listens on its own port
// and the gateway reaches them over HTTP exactly as in a deployment.
const env = loadConfig(
  'start',
  commonEnv.extend({ CONTEXT_TOKEN_PRIVATE_KEY: z.string().optional(), CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional() }),
);
const logger = createLogger('start', env.LOG_LEVEL);
const dataDirectory = dataDir(env);
const keysDirectory = join(dataDirectory, 'keys');

composeSupergraph();
const webRoot = buildWebIfMissing();

const database = await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDirectory, 'pglite') });
const subgraphs = localSubgraphs();
eventRegistry();
await migrateSchema(database, EVENTS_MIGRATIONS);
await migrateSchema(database, AUDIT_MIGRATIONS);
await migrateSchema(database, PUBSUB_MIGRATIONS);
for (const subgraph of subgraphs) await migrateSchema(database, subgraph.migrations);
const credentials = seedCredentials(env, dataDirectory);
await seedDemoAccounts(database.db, credentials);

const contextKeys = await resolveKeyPair({
  privateKeyPem: env.CONTEXT_TOKEN_PRIVATE_KEY,
  publicKeyPem: env.CONTEXT_TOKEN_PUBLIC_KEY,
  devDirectory: keysDirectory,
  name: 'context-token',
  allowGenerate: env.NODE_ENV !== 'production',
});
const contextPublicKey = await importPublicKey(contextKeys.publicKeyPem);

const running: RunningSubgraph[] = [];
for (const subgraph of subgraphs) {
  const subgraphLogger = createLogger(subgraph.name, env.LOG_LEVEL);
  const definition = await subgraph.create({ database, logger: subgraphLogger, keysDirectory });
  running.push(
    await startSubgraphServer(definition, {
      port: subgraph.port,
      host: subgraph.host,
      logger: subgraphLogger,
      verifier: new ContextTokenVerifier(contextPublicKey, subgraph.name),
      allowServiceSdlWithoutToken: env.NODE_ENV === 'development',
    }),
  );
}

const gateway = await createGateway({ config: loadGatewayConfig(), logger: createLogger('gateway', env.LOG_LEVEL), webRoot });
const { url: gatewayUrl } = await gateway.start();

printBanner(gatewayUrl);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping every service');
  await gateway.stop();
  await Promise.all(running.map((subgraph) => subgraph.stop()));
  await database.close();
  await shutdownTracing();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

function composeSupergraph(): void {
  const result = composeFromConfig(join(repoRoot, 'supergraph.yaml'));
  if (!result.ok) {
    console.error('Composition failed:');
    for (const error of result.errors) console.error(`  - ${error}`);
    process.exit(1);
  }
  const path = join(repoRoot, 'supergraph.graphql');
  if (!existsSync(path) || readFileSync(path, 'utf8') !== result.supergraphSdl) writeFileSync(path, result.supergraphSdl);
}

function buildWebIfMissing(): string {
  const root = join(repoRoot, 'web', 'dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.log('Building the web client (web/dist is missing)…');
    execFileSync('npm', ['run', '--silent', 'web:build'], { cwd: repoRoot, stdio: 'inherit' });
  }
  return root;
}

function printBanner(url: string): void {
  const lines = [
    '',
    'Phoenix is running.',
    `  Gateway (GraphQL, Sandbox in development): ${url}`,
    `  Web client: ${url.replace(/graphql$/, '')}`,
    ...running.map((s) => `  ${s.name.padEnd(9)} subgraph: ${s.url}`),
    `  Database: ${database.kind === 'pglite' ? `embedded PGlite in ${join(dataDirectory, 'pglite')}` : 'PostgreSQL (DATABASE_URL)'}`,
    '',
    `  Demo user:  ${credentials.user.email} / ${credentials.user.password}`,
    `  Demo admin: ${credentials.admin.email} / ${credentials.admin.password}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}
