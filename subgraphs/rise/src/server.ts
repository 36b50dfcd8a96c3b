import { fileURLToPath } from 'node:url';
import { createAiRouter, type AiConfig, type AiRouter } from '@phoenix/ai';
import type { DatabaseHandle, MigrationTarget } from '@phoenix/db';
import { createErasureConsumer, type Consumer } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import { isSelfOrAdmin, type RuleTable } from '@phoenix/subgraph-server/shield';
import type { RiseConfig } from './config.js';
import { createRiseContext, type RiseContext } from './context.js';
import { eraseUser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { CoachingSession } from './resolvers/CoachingSession.js';
import { DailyAction } from './resolvers/DailyAction.js';
import { EmotionalTrend } from './resolvers/EmotionalTrend.js';
import { Goal } from './resolvers/Goal.js';
import { JournalEntry } from './resolvers/JournalEntry.js';
import { Milestone } from './resolvers/Milestone.js';
import { Mutation } from './resolvers/Mutation.js';
import { PracticeSession } from './resolvers/PracticeSession.js';
import { Query } from './resolvers/Query.js';
import { User } from './resolvers/User.js';
import { createCoachingService } from './services/coaching.js';

export const RISE_MIGRATIONS: MigrationTarget = {
  schema: 'rise',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};

export const riseTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Ownership on every Rise field of a user, in the shield as well as in the resolvers. */
export const RISE_SHIELD_RULES: RuleTable = {
  User: Object.fromEntries(
    ['journal', 'goals', 'emotionalTrend', 'dailyActions', 'practiceSessions', 'coachingSessions', 'coachingQuota'].map((field) => [field, isSelfOrAdmin]),
  ),
};

export interface RiseDependencies {
  database: DatabaseHandle;
  config: RiseConfig;
  aiConfig: AiConfig;
  logger: Logger;
  /** Defaults to a router built from `aiConfig`. */
  ai?: AiRouter;
  /** Defaults to the system clock; tests move time. */
  clock?: () => Date;
}

/** The rise subgraph with its background worker, exposed for tests and tools. */
export interface RiseSubgraph extends SubgraphDefinition<RiseContext> {
  /** Deletes every Rise row of a user on `user.deleted`. */
  erasure: Consumer;
  ai: AiRouter;
}

/**
 * The rise subgraph: journal, goals and milestones, daily actions, breathing and meditation
 * sessions, the emotional trend, and coaching sessions with the AI coach under the plan's
 * quota. A consumer of `user.deleted` erases each deleted user's rows.
 */
export async function createRiseSubgraph(deps: RiseDependencies): Promise<RiseSubgraph> {
  const { database, config, aiConfig, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const ai = deps.ai ?? createAiRouter(aiConfig, { logger });
  const coach = createCoachingService({ db: database.db, ai, blockAt: aiConfig.AI_GUARDIAN_BLOCK_SCORE, timeZone: config.RISE_TIME_ZONE, clock, logger });
  const erasure = createErasureConsumer({ subgraph: 'rise', database, erase: eraseUser, logger });
  // The router's breaker timers stop with the server; the worker list is the server's stop hook.
  const router = { start: () => undefined, stop: async () => (deps.ai ? undefined : ai.close()) };
  return {
    name: 'rise',
    typeDefs: riseTypeDefs,
    resolvers: { Query, Mutation, User, Goal, Milestone, JournalEntry, DailyAction, PracticeSession, CoachingSession, EmotionalTrend, DataExport } as SubgraphDefinition<RiseContext>['resolvers'],
    createContext: createRiseContext(database.db, coach, { timeZone: config.RISE_TIME_ZONE, clock }),
    checkReady: () => database.ping(),
    audit: { database },
    // Defence in depth behind the gateway: directives, ownership and partner scope again here.
    shield: { rules: RISE_SHIELD_RULES },
    workers: [erasure, router],
    erasure,
    ai,
  };
}
