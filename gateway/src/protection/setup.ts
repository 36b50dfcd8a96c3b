import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { Agent } from 'undici';
import type { ContextTokenSigner } from '@phoenix/context-token';
import type { Logger } from '@phoenix/logger';
import { AccountsInternal } from '../auth/accounts-internal.js';
import { ApiKeyResolver, PartnerConsents } from '../auth/api-keys.js';
import { sessionEndPlugin } from '../auth/session-end.js';
import { SessionChecker } from '../auth/sessions.js';
import type { GatewayContext } from '../context.js';
import { batchLimit } from '../limits/batching.js';
import { limitEnforcement } from '../limits/validation.js';
import { loadManifest, type PersistedManifest } from '../persisted/manifest.js';
import { manifestCache, safelist } from '../persisted/safelist.js';
import type { ProtectionSettings } from '../protection-config.js';
import type { BucketStore } from '../rate-limit/bucket.js';
import { FallbackBucketStore } from '../rate-limit/fallback-store.js';
import { MemoryBucketStore } from '../rate-limit/memory-store.js';
import { RedisBucketStore } from '../rate-limit/redis-store.js';
import { finiteNumbersRule } from '../operation/finite-numbers-rule.js';
import { operationAdmission, unprotectedAdmission, type OperationAdmission } from './admission.js';
import { PolicyRegistry } from './policies.js';
import { protectionPlugin } from './plugin.js';

export interface ProtectionSetupOptions {
  settings: ProtectionSettings;
  introspection: boolean;
  signer: ContextTokenSigner;
  pool: Agent;
  logger: Logger;
  /** The accounts routing URL in use, once a supergraph is loaded. */
  accountsUrl: () => string | undefined;
  /** Benchmarks only: the same gateway without limits, authorization, cost or rate limits. */
  disabled?: boolean;
}

/** Everything the gateway needs to protect `/graphql`: its HTTP route, Apollo Server, and WebSocket subscriptions. */
export interface Protection {
  policies: PolicyRegistry;
  apiKeys: ApiKeyResolver;
  /** Whether the session of a bearer access token is still active. */
  sessions: SessionChecker;
  /** Run before Apollo Server reads the body: batch size, safelist. */
  middleware: RequestHandler[];
  /** The per-operation checks (shield rules, cost, buckets), for transports other than Apollo Server's HTTP. */
  admission: OperationAdmission;
  /** What Apollo Server's parser and validation enforce, for the same transports. */
  operationLimits: { parseOptions: ParseOptions; validationRules: ValidationRule[] };
  /** Safelist mode: the only operations that run. */
  manifest: PersistedManifest | undefined;
  apollo: Pick<ApolloServerOptions<GatewayContext>, 'parseOptions' | 'allowBatchedHttpRequests' | 'persistedQueries'> & {
    validationRules: ValidationRule[];
    plugins: ApolloServerPlugin<GatewayContext>[];
  };
  close(): Promise<void>;
}

/**
 * Builds the gateway's protections from its settings: operation limits, the safelist and
 * APQ store, API key resolution and consents through accounts, the cost-based buckets
 * (in memory, or shared through Redis with this gateway's own buckets as fallback), and the
 * plugin that authorizes, prices and charges every operation before planning.
 */
export async function setUpProtection(options: ProtectionSetupOptions): Promise<Protection> {
  const { settings, logger } = options;
  const manifest = settings.safelistPath ? await loadManifest(settings.safelistPath) : undefined;
  const accounts = new AccountsInternal({ accountsUrl: options.accountsUrl, signer: options.signer, pool: options.pool, logger });
  const ttlMs = settings.apiKeyCacheSeconds * 1000;
  const apiKeys = new ApiKeyResolver(accounts, ttlMs);
  const sessions = new SessionChecker(accounts, { ttlMs: settings.sessionCacheSeconds * 1000, staleMs: settings.sessionStaleSeconds * 1000 });
  const policies = new PolicyRegistry();
  const persistedQueries = manifest ? { cache: manifestCache(manifest) } : settings.apq ? {} : (false as const);
  if (options.disabled) {
    return {
      policies,
      apiKeys,
      sessions,
      middleware: [],
      admission: unprotectedAdmission(settings.costLimits),
      operationLimits: { parseOptions: {}, validationRules: [finiteNumbersRule] },
      manifest: undefined,
      apollo: { validationRules: [finiteNumbersRule], plugins: [sessionEndPlugin(sessions)], allowBatchedHttpRequests: true, persistedQueries },
      close: async () => {},
    };
  }

  const buckets = await bucketStore(settings.redisUrl, logger);
  const limits = limitEnforcement(settings.limits, { introspection: options.introspection });
  const admission = operationAdmission({
    policies,
    costLimits: settings.costLimits,
    defaultListSize: settings.defaultListSize,
    buckets,
    consents: new PartnerConsents(accounts),
    logger,
  });
  return {
    policies,
    apiKeys,
    sessions,
    middleware: [batchLimit(settings.limits.maxBatch), ...(manifest ? [safelist(manifest)] : [])],
    admission,
    operationLimits: { parseOptions: limits.parseOptions, validationRules: [finiteNumbersRule, ...limits.validationRules] },
    manifest,
    apollo: {
      validationRules: [finiteNumbersRule, ...limits.validationRules],
      plugins: [...(limits.plugins as ApolloServerPlugin<GatewayContext>[]), protectionPlugin(admission), sessionEndPlugin(sessions)],
      parseOptions: limits.parseOptions,
      allowBatchedHttpRequests: settings.limits.maxBatch > 0,
      persistedQueries,
    },
    close: () => buckets.close(),
  };
}

async function bucketStore(redisUrl: string | undefined, logger: Logger): Promise<BucketStore> {
  const local = new MemoryBucketStore();
  if (!redisUrl) return local;
  const shared = new RedisBucketStore({ url: redisUrl });
  try {
    await shared.connect();
  } catch (error) {
    // Redis may come up later; until then each gateway counts on its own.
    logger.warn({ err: error }, 'cannot reach Redis for shared rate limits yet');
  }
  return new FallbackBucketStore(shared, local, logger);
}
