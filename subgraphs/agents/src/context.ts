import type { Request } from 'express';
import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import type { GreenFactorOverrides } from './domain/green.js';
import type { HealthMonitor } from './health/monitor.js';
import { createLoaders, type AgentsLoaders } from './loaders.js';

/** What the resolvers need besides the request: settings from configuration. */
export interface AgentsSettings {
  greenFactors: GreenFactorOverrides;
  banditSeed: number;
  /** `Subscription.systemHealth` pushes at least this often, even without change. */
  healthPushIntervalMs: number;
}

export interface AgentsContext extends SubgraphContext {
  db: Database;
  loaders: AgentsLoaders;
  health: HealthMonitor;
  settings: AgentsSettings;
}

/** A fresh context (and fresh DataLoaders) for each request, and for each subscription event. */
export function createAgentsContext(db: Database, health: HealthMonitor, settings: AgentsSettings) {
  return ({ principal }: { principal: Principal; request?: Request }): AgentsContext => ({
    principal,
    db,
    loaders: createLoaders(db),
    health,
    settings,
  });
}
