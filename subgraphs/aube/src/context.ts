import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import { createLoaders, type AubeLoaders } from './loaders.js';
import type { ReportLinks } from './report/links.js';

export interface AubeContext extends SubgraphContext {
  db: Database;
  loaders: AubeLoaders;
  links: ReportLinks;
  logger: Logger;
}

export interface AubeContextDependencies {
  db: Database;
  links: ReportLinks;
  logger: Logger;
}

/** A fresh context (and fresh DataLoaders) for each request. */
export function createAubeContext(deps: AubeContextDependencies) {
  return ({ principal }: { principal: Principal }): AubeContext => ({ principal, ...deps, loaders: createLoaders(deps.db) });
}
