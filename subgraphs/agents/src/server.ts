import { fileURLToPath } from 'node:url';
import type { DatabaseHandle, MigrationTarget } from '@phoenix/db';
import { createConsumer, createErasureConsumer, type Consumer } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import type { AgentsConfig } from './config.js';
import { createAgentsContext, type AgentsContext } from './context.js';
import { eraseAgentsUser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { FLYWHEEL_CONSUMER, FLYWHEEL_EVENT_TYPES, projectFlywheelEvent } from './flywheel/project.js';
import { HealthMonitor } from './health/monitor.js';
import { AiUsage } from './resolvers/AiUsage.js';
import { Mutation } from './resolvers/Mutation.js';
import { Query } from './resolvers/Query.js';
import { Subscription } from './resolvers/Subscription.js';

export const AGENTS_MIGRATIONS: MigrationTarget = {
  schema: 'agents',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};

export const agentsTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** The agents subgraph with its background workers, exposed for tests and tools. */
export interface AgentsSubgraph extends SubgraphDefinition<AgentsContext> {
  flywheel: Consumer;
  /** `agents.erasure`: applies `user.deleted`. */
  erasure: Consumer;
  health: HealthMonitor;
}

/**
 * The agents subgraph: system health from polling every service (and the gateway's
 * objectives report), the data flywheel (a consumer of `ai.*` events and of the `analytics`
 * consent), feedback on AI answers, the admin AI usage report, the user's ratings for
 * `exportMyData`, and the erasure of a deleted user.
 */
export async function createAgentsSubgraph(deps: { database: DatabaseHandle; config: AgentsConfig; logger: Logger }): Promise<AgentsSubgraph> {
  const { database, config, logger } = deps;
  const health = new HealthMonitor(config.AGENTS_HEALTH_TARGETS, {
    intervalMs: config.AGENTS_HEALTH_INTERVAL_MS,
    timeoutMs: config.AGENTS_HEALTH_TIMEOUT_MS,
    logger,
    slo: { url: config.AGENTS_SLO_URL, token: config.METRICS_TOKEN },
  });
  const flywheel = createConsumer({ name: FLYWHEEL_CONSUMER, database, handle: projectFlywheelEvent, types: FLYWHEEL_EVENT_TYPES, logger });
  const erasure = createErasureConsumer({ subgraph: 'agents', database, after: [FLYWHEEL_CONSUMER], erase: eraseAgentsUser, logger });
  return {
    name: 'agents',
    typeDefs: agentsTypeDefs,
    resolvers: { Query, Mutation, Subscription, AiUsage, DataExport } as SubgraphDefinition<AgentsContext>['resolvers'],
    createContext: createAgentsContext(database.db, health, {
      greenFactors: config.AGENTS_GREEN_FACTORS,
      banditSeed: config.AGENTS_BANDIT_SEED,
      healthPushIntervalMs: config.AGENTS_HEALTH_PUSH_INTERVAL_MS,
    }),
    checkReady: () => database.ping(),
    audit: { database },
    workers: [flywheel, erasure, health],
    flywheel,
    erasure,
    health,
  };
}
