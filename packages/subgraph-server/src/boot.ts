import { join } from 'node:path';
import { dataDir, type CommonEnv } from '@phoenix/config';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { ContextTokenVerifier } from '@phoenix/context-token';
import { migrateSchema, openDatabase, type DatabaseHandle, type MigrationTarget } from '@phoenix/db';
import { EVENTS_MIGRATIONS, eventRegistry } from '@phoenix/events';
import { importPublicKey, resolvePublicKey } from '@phoenix/keys';
import { createLogger, type Logger } from '@phoenix/logger';
import { shutdownTracing } from '@phoenix/telemetry';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from './server.js';

export interface BootOptions<TContext extends SubgraphContext> {
  name: string;
  env: CommonEnv & { CONTEXT_TOKEN_PUBLIC_KEY?: string | undefined };
  port: number;
  host: string;
  migrations: MigrationTarget;
  /** Shared schemas the subgraph also writes to, e.g. `PUBSUB_MIGRATIONS`; migrated after events, before its own. */
  sharedMigrations?: MigrationTarget[];
  create(args: { database: DatabaseHandle; logger: Logger; keysDirectory: string }): Promise<SubgraphDefinition<TContext>>;
}

/** Runs one subgraph as its own process: database, migrations, context-token key, HTTP, signals. */
export async function bootSubgraph<TContext extends SubgraphContext>(options: BootOptions<TContext>): Promise<RunningSubgraph> {
  const { env } = options;
  const logger = createLogger(options.name, env.LOG_LEVEL);
  const keysDirectory = join(dataDir(env), 'keys');
  const publicKeyPem = resolvePublicKey({
    publicKeyPem: env.CONTEXT_TOKEN_PUBLIC_KEY,
    devDirectory: keysDirectory,
    name: 'context-token',
    allowGenerate: env.NODE_ENV !== 'production',
  });
  if (!publicKeyPem) {
    logger.fatal('CONTEXT_TOKEN_PUBLIC_KEY is not set (in development, start the gateway once to generate it)');
    process.exit(1);
  }
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir(env), 'pglite') });
  eventRegistry();
  // Every subgraph publishes through the shared event log, so its schema comes first.
  await migrateSchema(database, EVENTS_MIGRATIONS);
  // Every subgraph records reads of personal data in the shared audit trail.
  await migrateSchema(database, AUDIT_MIGRATIONS);
  for (const shared of options.sharedMigrations ?? []) await migrateSchema(database, shared);
  await migrateSchema(database, options.migrations);
  const definition = await options.create({ database, logger, keysDirectory });
  const running = await startSubgraphServer(definition, {
    port: options.port,
    host: options.host,
    logger,
    verifier: new ContextTokenVerifier(await importPublicKey(publicKeyPem), options.name),
    allowServiceSdlWithoutToken: env.NODE_ENV === 'development',
  });
  logger.info({ url: running.url }, 'subgraph listening');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await running.stop();
    await database.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return running;
}
