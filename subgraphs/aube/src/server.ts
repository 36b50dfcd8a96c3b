import { migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { createErasureConsumer, EVENTS_MIGRATIONS, type Consumer } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import type { AubeConfig } from './config.js';
import { createAubeContext, type AubeContext } from './context.js';
import { eraseAubeUser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { loadCatalogueIfEmpty } from './import/load.js';
import { readSeed } from './import/seed.js';
import { ReportLinks, resolveReportLinkSecret } from './report/links.js';
import { reportRoutes } from './report/routes.js';
import { AutomationFigure } from './resolvers/AutomationFigure.js';
import { CareerRecommendation } from './resolvers/CareerRecommendation.js';
import { Exploration } from './resolvers/Exploration.js';
import { Mutation } from './resolvers/Mutation.js';
import { Occupation } from './resolvers/Occupation.js';
import { OccupationCatalogue } from './resolvers/OccupationCatalogue.js';
import { Query } from './resolvers/Query.js';
import { ResilienceAnalysis } from './resolvers/ResilienceAnalysis.js';
import { Skill } from './resolvers/Skill.js';
import { TrustReport } from './resolvers/TrustReport.js';
import { User } from './resolvers/User.js';
import { loadedCatalogue } from './store/catalogue.js';
import type { Resolvers } from './__generated__/resolvers-types.js';

export { AUBE_MIGRATIONS } from './migrations.js';

export const aubeTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

const resolvers: Resolvers = {
  Query,
  Mutation,
  Occupation,
  OccupationCatalogue,
  AutomationFigure,
  Skill,
  ResilienceAnalysis,
  CareerRecommendation,
  DataExport,
  Exploration,
  TrustReport,
  User,
};

export interface AubeDependencies {
  database: DatabaseHandle;
  config: AubeConfig;
  logger: Logger;
  /** Where the development report-link secret is generated and kept. */
  keysDirectory: string;
}

/** The aube subgraph with its erasure consumer, exposed for tests and tools. */
export interface AubeSubgraph extends SubgraphDefinition<AubeContext> {
  erasure: Consumer;
}

/**
 * The aube subgraph: the occupation catalogue and its search, resilience scores, career
 * recommendations, the Transparency Engine and the Trust report (GraphQL plus the
 * `/reports` HTTP routes for PDF and JSON downloads and share links), the user's section of
 * their data export, and the erasure of their data on `user.deleted`.
 */
export async function createAubeSubgraph(deps: AubeDependencies): Promise<AubeSubgraph> {
  const { config, database, logger } = deps;
  const secret = resolveReportLinkSecret(config.AUBE_REPORT_LINK_SECRET, deps.keysDirectory, config.NODE_ENV !== 'production');
  const links = new ReportLinks({ secret, baseUrl: config.AUBE_PUBLIC_URL, ttlSeconds: config.AUBE_REPORT_LINK_TTL_SECONDS });
  const erasure = createErasureConsumer({ subgraph: 'aube', database, erase: eraseAubeUser, logger });
  return {
    name: 'aube',
    typeDefs: aubeTypeDefs,
    resolvers: resolvers as SubgraphDefinition<AubeContext>['resolvers'],
    createContext: createAubeContext({ db: database.db, links, logger }),
    checkReady: async () => {
      if (!(await loadedCatalogue(database.db))) throw new Error('the occupation catalogue is empty');
    },
    audit: { database },
    routes: reportRoutes({ db: database.db, links, logger }),
    workers: [erasure],
    erasure,
  };
}

/**
 * Readies the database aube writes to: the event log's schema (aube publishes in its own
 * transactions) and, when the catalogue is empty and `seed` is set, the shipped seed.
 */
export async function prepareAubeDatabase(database: DatabaseHandle, logger: Logger, options: { seed: boolean }): Promise<void> {
  await migrateSchema(database, EVENTS_MIGRATIONS);
  if (options.seed && (await loadCatalogueIfEmpty(database.db, () => readSeed()))) {
    logger.info('occupation catalogue was empty: loaded the shipped seed (run `npm run aube:import` for the full catalogue)');
  }
}
