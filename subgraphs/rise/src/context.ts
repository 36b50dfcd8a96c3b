import type { Request } from 'express';
import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import { createLoaders, type RiseLoaders } from './loaders.js';
import type { CoachingService } from './services/coaching.js';

/** What the resolvers need besides the request. */
export interface RiseSettings {
  /** The zone of the user's day and of the quota's month. */
  timeZone: string;
  clock: () => Date;
}

export interface RiseContext extends SubgraphContext {
  db: Database;
  loaders: RiseLoaders;
  coach: CoachingService;
  settings: RiseSettings;
  /** The request's instant: every "today" and every trend of the request uses it. */
  now: Date;
}

/** A fresh context (and fresh DataLoaders) for each request. */
export function createRiseContext(db: Database, coach: CoachingService, settings: RiseSettings) {
  return ({ principal }: { principal: Principal; request: Request }): RiseContext => {
    const now = settings.clock();
    return { principal, db, loaders: createLoaders(db, now), coach, settings, now };
  };
}
