import { createAiRouter, loadAiConfig, type AiConfig, type AiRouter } from '@phoenix/ai';
import type { DatabaseHandle } from '@phoenix/db';
import { createConsumer, createErasureConsumer, type Consumer } from '@phoenix/events';
import { createLogger, type Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import { isSelfOrAdmin, type RuleTable } from '@phoenix/subgraph-server/shield';
import { loadLettersConfig, type LettersConfig } from './config.js';
import { projectUserEvent, USER_EVENT_TYPES, USERS_CONSUMER } from './consumers/users.js';
import { createLettersContext, type LettersContext } from './context.js';
import { eraseUser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { AtsAnalysis } from './resolvers/AtsAnalysis.js';
import { CoachFeedback } from './resolvers/CoachFeedback.js';
import { CompanyCulture } from './resolvers/CompanyCulture.js';
import { Letter } from './resolvers/Letter.js';
import { LetterVersion } from './resolvers/LetterVersion.js';
import { Mutation } from './resolvers/Mutation.js';
import { Query } from './resolvers/Query.js';
import { User } from './resolvers/User.js';

export { LETTERS_MIGRATIONS } from './migrations.js';

export const lettersTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Ownership of a user's letters and quota, in the shield as well as in the resolvers. */
export const LETTERS_SHIELD_RULES: RuleTable = { User: { letters: isSelfOrAdmin, letterQuota: isSelfOrAdmin } };

export interface LettersDependencies {
  database: DatabaseHandle;
  /** Defaults to the process environment (`loadLettersConfig`). */
  config?: LettersConfig;
  /** Defaults to the `AI_*` environment (`loadAiConfig`); ignored when `ai` is given. */
  aiConfig?: AiConfig;
  /** The AI router; built from `aiConfig` when absent. */
  ai?: AiRouter;
  logger?: Logger;
  /** The clock of quotas; tests move it. */
  now?: () => Date;
}

/** The letters subgraph with its consumers of accounts events, exposed for tests and tools. */
export interface LettersSubgraph extends SubgraphDefinition<LettersContext> {
  users: Consumer;
  /** Deletes every letters row of a user on `user.deleted`. */
  erasure: Consumer;
  ai: AiRouter;
}

/**
 * The letters subgraph: cover letters written through the AI router with monthly quotas,
 * their versions and exports, and the premium ATS analysis, Mirror Match and Coach. One
 * consumer keeps the `cross_app_context` consent, another applies account erasure.
 */
export async function createLettersSubgraph(deps: LettersDependencies): Promise<LettersSubgraph> {
  const config = deps.config ?? loadLettersConfig();
  const logger = deps.logger ?? createLogger('letters', config.LOG_LEVEL);
  const aiConfig = deps.aiConfig ?? loadAiConfig();
  const ai = deps.ai ?? createAiRouter(aiConfig, { logger });
  const users = createConsumer({ name: USERS_CONSUMER, database: deps.database, handle: projectUserEvent, types: USER_EVENT_TYPES, logger });
  const erasure = createErasureConsumer({ subgraph: 'letters', database: deps.database, erase: eraseUser, logger });
  return {
    name: 'letters',
    typeDefs: lettersTypeDefs,
    resolvers: { Query, Mutation, User, Letter, LetterVersion, AtsAnalysis, CoachFeedback, CompanyCulture, DataExport } as SubgraphDefinition<LettersContext>['resolvers'],
    createContext: createLettersContext({
      db: deps.database.db,
      ai,
      logger,
      quotaTimeZone: config.LETTERS_QUOTA_TIME_ZONE,
      guardianBlockAt: aiConfig.AI_GUARDIAN_BLOCK_SCORE,
      now: deps.now ?? (() => new Date()),
    }),
    checkReady: () => deps.database.ping(),
    audit: { database: deps.database },
    shield: { rules: LETTERS_SHIELD_RULES },
    // The router's circuit-breaker timers stop with the server, unless the caller owns the router.
    workers: [users, erasure, { start: () => undefined, stop: async () => (deps.ai ? undefined : ai.close()) }],
    users,
    erasure,
    ai,
  };
}
