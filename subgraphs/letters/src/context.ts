import type { Request } from 'express';
import type { AiRouter } from '@phoenix/ai';
import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import { createLoaders, type LettersLoaders } from './loaders.js';

/** What the resolvers need besides the request: shared services and settings. */
export interface LettersServices {
  db: Database;
  ai: AiRouter;
  logger: Logger;
  /** IANA zone the quota's calendar months are counted in. */
  quotaTimeZone: string;
  /** The guardian's blocking threshold (`AI_GUARDIAN_BLOCK_SCORE`). */
  guardianBlockAt: number;
  now(): Date;
}

export interface LettersContext extends SubgraphContext, LettersServices {
  loaders: LettersLoaders;
}

/** A fresh context (and fresh DataLoaders) for each request. */
export function createLettersContext(services: LettersServices) {
  return ({ principal }: { principal: Principal; request: Request }): LettersContext => ({
    ...services,
    principal,
    loaders: createLoaders(services.db),
  });
}
