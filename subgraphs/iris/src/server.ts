import { fileURLToPath } from 'node:url';
import { createAiRouter, type AiConfig, type AiRouter } from '@phoenix/ai';
import type { DatabaseHandle, MigrationTarget } from '@phoenix/db';
import { createConsumer, createErasureConsumer, type Consumer } from '@phoenix/events';
import type { Logger } from '@phoenix/logger';
import { createPubSub, type PubSub } from '@phoenix/pubsub';
import { loadSchemaFile, type SubgraphDefinition, type Worker } from '@phoenix/subgraph-server';
import { isSelfOrAdmin, type RuleTable } from '@phoenix/subgraph-server/shield';
import type { IrisConfig } from './config.js';
import { PROJECTED_EVENT_TYPES, PROJECTIONS_CONSUMER, projectEvent } from './consumers/projections.js';
import { createIrisContext, type IrisContext, type IrisServices } from './context.js';
import { userHash } from './domain/analytics.js';
import { eraseIrisUser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { IrisConversation } from './resolvers/IrisConversation.js';
import { IrisMessage } from './resolvers/IrisMessage.js';
import { IrisReplyChunk } from './resolvers/IrisReplyChunk.js';
import { IrisTopic } from './resolvers/IrisTopic.js';
import { Mutation } from './resolvers/Mutation.js';
import { Query } from './resolvers/Query.js';
import { Subscription } from './resolvers/Subscription.js';
import { User } from './resolvers/User.js';
import { openReplyStream } from './services/reply-stream.js';
import { createReplyWorker, type ReplyWorker } from './services/reply-worker.js';
import { createRetentionWorker, type RetentionWorker } from './services/retention-worker.js';
import { sendMessage } from './services/send.js';

export const IRIS_MIGRATIONS: MigrationTarget = {
  schema: 'iris',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};

export const irisTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

/** Ownership of a user's Iris fields, in the shield as well as in the resolvers (which refuse admins the conversations). */
export const IRIS_SHIELD_RULES: RuleTable = { User: { conversations: isSelfOrAdmin, irisQuota: isSelfOrAdmin } };

/** How long a subscriber waits on a quiet topic before it reads the stored chunks. */
const IDLE_CHECK_MS = 5_000;

export interface IrisDependencies {
  database: DatabaseHandle;
  config: IrisConfig;
  aiConfig: AiConfig;
  logger: Logger;
  /** Defaults to a router built from `aiConfig`. */
  ai?: AiRouter;
  /** Defaults to a Postgres LISTEN/NOTIFY pub/sub on `database`. */
  pubsub?: PubSub;
  /** Defaults to the system clock; tests move time (quota day, retention). */
  clock?: () => Date;
  /** How long a subscriber waits on a quiet topic before it reads the stored chunks; default 5 s. */
  idleCheckMs?: number;
}

/** The iris subgraph with its background workers, exposed for tests and tools. */
export interface IrisSubgraph extends SubgraphDefinition<IrisContext> {
  replies: ReplyWorker;
  projections: Consumer;
  /** `iris.erasure`: applies `user.deleted`. */
  erasure: Consumer;
  retention: RetentionWorker;
  pubsub: PubSub;
  ai: AiRouter;
}

/**
 * The iris subgraph: conversations with the assistant under the plan's daily quota, replies
 * written in the background by the AI router and streamed chunk by chunk to
 * `Subscription.irisReply` through a pub/sub shared by every replica, history kept per the
 * plan's retention, context from the other apps with the `cross_app_context` consent,
 * analytics without text with the `analytics` consent, the user's data for `exportMyData`,
 * and the erasure of a deleted user.
 */
export async function createIrisSubgraph(deps: IrisDependencies): Promise<IrisSubgraph> {
  const { database, config, aiConfig, logger } = deps;
  const db = database.db;
  const clock = deps.clock ?? (() => new Date());
  const ai = deps.ai ?? createAiRouter(aiConfig, { logger });
  const pubsub = deps.pubsub ?? createPubSub({ database, logger });
  const hashUser = (userId: string) => userHash(config.IRIS_ANALYTICS_PEPPER, userId);
  const blockAt = aiConfig.AI_GUARDIAN_BLOCK_SCORE;

  const replies = createReplyWorker({
    db,
    ai,
    pubsub,
    logger,
    clock,
    hashUser,
    blockAt,
    leaseMs: config.IRIS_REPLY_LEASE_MS,
    maxAttempts: config.IRIS_REPLY_MAX_ATTEMPTS,
    pollMs: config.IRIS_REPLY_POLL_MS,
    concurrency: config.IRIS_REPLY_CONCURRENCY,
  });
  const projections = createConsumer({ name: PROJECTIONS_CONSUMER, database, handle: projectEvent(hashUser), types: PROJECTED_EVENT_TYPES, logger });
  const erasure = createErasureConsumer({ subgraph: 'iris', database, after: [PROJECTIONS_CONSUMER], erase: eraseIrisUser(hashUser), logger });
  const retention = createRetentionWorker({ db, logger, clock, intervalMs: config.IRIS_RETENTION_INTERVAL_MS });
  const services: IrisServices = {
    send: (user, input) => sendMessage({ db, blockAt, timeZone: config.IRIS_TIME_ZONE, clock, onSent: () => replies.wake() }, user, input),
    replies: (conversation) => openReplyStream({ db, pubsub, logger, clock, idleCheckMs: deps.idleCheckMs ?? IDLE_CHECK_MS }, conversation),
    timeZone: config.IRIS_TIME_ZONE,
    hashUser,
  };
  // Replies stop (handing their jobs back) before the pub/sub they publish on closes.
  const lifecycle: Worker = {
    start: () => replies.start(),
    async stop() {
      await replies.stop();
      if (!deps.pubsub) await pubsub.close();
      if (!deps.ai) ai.close();
    },
  };
  return {
    name: 'iris',
    typeDefs: irisTypeDefs,
    resolvers: { Query, Mutation, Subscription, User, DataExport, IrisConversation, IrisMessage, IrisReplyChunk, IrisTopic } as SubgraphDefinition<IrisContext>['resolvers'],
    createContext: createIrisContext(db, services, clock),
    checkReady: () => database.ping(),
    audit: { database },
    // Defence in depth behind the gateway: directives, ownership and partner scope again here.
    shield: { rules: IRIS_SHIELD_RULES },
    workers: [projections, erasure, retention, lifecycle],
    replies,
    projections,
    erasure,
    retention,
    pubsub,
    ai,
  };
}
