import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs, createAccountsSubgraph } from '@phoenix/accounts';
import { accountsEnv } from '@phoenix/accounts/config';
import { AGENTS_MIGRATIONS, agentsTypeDefs, createAgentsSubgraph } from '@phoenix/agents';
import { agentsEnv } from '@phoenix/agents/config';
import { parseAiConfig } from '@phoenix/ai';
import { parseConfig } from '@phoenix/config';
import { ContextTokenVerifier } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createIrisSubgraph, IRIS_MIGRATIONS, irisTypeDefs } from '@phoenix/iris';
import { irisEnv } from '@phoenix/iris/config';
import { generatePemKeyPair, importPublicKey, type PemKeyPair } from '@phoenix/keys';
import { createLogger } from '@phoenix/logger';
import { PUBSUB_MIGRATIONS } from '@phoenix/pubsub';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from '@phoenix/subgraph-server';
import { startHealthTarget, type HealthTarget } from './health-target.js';

export interface SubscriptionStackOptions {
  /** How often agents checks its targets (≥ 1 s). */
  healthIntervalMs: number;
}

export interface SubscriptionStack {
  database: 'pglite' | 'postgres';
  accounts: RunningSubgraph;
  agents: RunningSubgraph;
  iris: RunningSubgraph;
  /** The one service agents checks: the bench switches it up and down. */
  target: HealthTarget;
  supergraphPath: string;
  contextKeys: PemKeyPair;
  /** A throw-away directory (supergraph, gateway data), removed on stop. */
  directory: string;
  stop(): Promise<void>;
}

/**
 * accounts, agents and iris — the subgraphs behind `systemHealth` and `irisReply` — on one
 * fresh database (the embedded PGlite, or a throw-away database on `DATABASE_URL`'s server),
 * in this process with production settings, and the supergraph composed from them. agents
 * checks a single target the bench switches, and pushes on change only: every event it sends
 * after the first carries the `checkedAt` of the round that saw the change.
 */
export async function startSubscriptionStack(options: SubscriptionStackOptions): Promise<SubscriptionStack> {
  const logger = createLogger('bench', 'silent');
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-bench-subscriptions-'));
  const database: DatabaseHandle = await createTestDatabase();
  const target = await startHealthTarget();
  const started: RunningSubgraph[] = [];
  const stop = async () => {
    await Promise.allSettled(started.map((subgraph) => subgraph.stop()));
    await target.close();
    await database.close();
    await rm(directory, { recursive: true, force: true });
  };
  try {
    for (const migrations of [EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, PUBSUB_MIGRATIONS, ACCOUNTS_MIGRATIONS, AGENTS_MIGRATIONS, IRIS_MIGRATIONS]) await migrateSchema(database, migrations);
    const contextKeys = await generatePemKeyPair();
    const verifierKey = await importPublicKey(contextKeys.publicKeyPem);
    const accessKeys = await generatePemKeyPair();
    const production = { NODE_ENV: 'production', LOG_LEVEL: 'silent' };
    const definitions: SubgraphDefinition<SubgraphContext>[] = [
      (await createAccountsSubgraph({
        database,
        logger,
        keysDirectory: directory,
        config: parseConfig('accounts', accountsEnv, { ...production, ACCESS_TOKEN_PRIVATE_KEY: accessKeys.privateKeyPem, ACCESS_TOKEN_PUBLIC_KEY: accessKeys.publicKeyPem }),
      })) as unknown as SubgraphDefinition<SubgraphContext>,
      (await createAgentsSubgraph({
        database,
        logger,
        config: parseConfig('agents', agentsEnv, {
          ...production,
          AGENTS_HEALTH_TARGETS: `bench=${target.readyUrl}`,
          AGENTS_HEALTH_INTERVAL_MS: String(options.healthIntervalMs),
          // A check slower than this reads as DOWN: generous, so a loaded machine makes no change of its own.
          AGENTS_HEALTH_TIMEOUT_MS: '10000',
          // Pushes on change only: a periodic push repeats an old `checkedAt`, which is no delivery time.
          AGENTS_HEALTH_PUSH_INTERVAL_MS: '3600000',
          AGENTS_SLO_URL: target.missingUrl,
        }),
      })) as unknown as SubgraphDefinition<SubgraphContext>,
      (await createIrisSubgraph({
        database,
        logger,
        config: parseConfig('iris', irisEnv, { ...production, IRIS_ANALYTICS_PEPPER: randomBytes(32).toString('hex') }),
        // The local engine unpaced: the first chunk as early as the engine can write it.
        aiConfig: parseAiConfig({ AI_LOCAL_CHUNK_DELAY_MS: '0' }),
      })) as unknown as SubgraphDefinition<SubgraphContext>,
    ];
    for (const definition of definitions) {
      started.push(await startSubgraphServer(definition, { port: 0, logger, verifier: new ContextTokenVerifier(verifierKey, definition.name) }));
    }
    const [accounts, agents, iris] = started as [RunningSubgraph, RunningSubgraph, RunningSubgraph];
    const composed = composeServices([
      { name: 'accounts', url: accounts.url, typeDefs: accountsTypeDefs },
      { name: 'agents', url: agents.url, typeDefs: agentsTypeDefs },
      { name: 'iris', url: iris.url, typeDefs: irisTypeDefs },
    ]);
    if (composed.errors) throw new Error(`accounts, agents and iris do not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
    const supergraphPath = join(directory, 'supergraph.graphql');
    await writeFile(supergraphPath, composed.supergraphSdl);
    return { database: database.url ? 'postgres' : 'pglite', accounts, agents, iris, target, supergraphPath, contextKeys, directory, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
