import { join } from 'node:path';
import { z } from 'zod';
import { booleanFromEnv, commonEnv, csvList, dataDir, loadConfig, parseConfig, portEnv, repoRoot } from '@phoenix/config';
import { costLimitProblems, protectionSettings, protectionShape } from './protection-config.js';
import { subscriptionSettings, subscriptionShape } from './subscriptions/config.js';

const DEVELOPMENT_CORS_ORIGINS = ['http://localhost:5173', 'http://localhost:4000'];
const SUBGRAPH_OVERRIDE = /^SUBGRAPH_([A-Z0-9_]+?)_(URL|TIMEOUT_MS)$/;

const timeoutMs = z.coerce.number().int().min(1).max(600_000);
const httpUrl = z.url({ protocol: /^https?$/ });

/** Per-subgraph settings from `SUBGRAPH_<NAME>_URL` / `SUBGRAPH_<NAME>_TIMEOUT_MS`. */
export interface SubgraphOverride {
  url?: string;
  timeoutMs?: number;
}

/** The environment variable stem of a subgraph name: `accounts` → `ACCOUNTS`. */
export function subgraphEnvName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

const shape = commonEnv.extend({
  PORT: portEnv.default(4000),
  HOST: z.string().min(1).optional(),
  SUPERGRAPH_PATH: z.string().min(1).default(join(repoRoot, 'supergraph.graphql')),
  CORS_ORIGINS: csvList.optional(),
  GATEWAY_INTROSPECTION: booleanFromEnv.optional(),
  ACCOUNTS_JWKS_URL: httpUrl.default('http://127.0.0.1:4001/.well-known/jwks.json'),
  CONTEXT_TOKEN_PRIVATE_KEY: z.string().min(1).optional(),
  CONTEXT_TOKEN_PUBLIC_KEY: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: timeoutMs.default(10_000),
  GATEWAY_DEDUPLICATE_QUERIES: booleanFromEnv.default(true),
  BILLING_WEBHOOK_URL: httpUrl.default('http://127.0.0.1:4006/webhooks/stripe'),
  AUBE_REPORTS_URL: httpUrl.default('http://127.0.0.1:4002/reports'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)?$/i, 'expected a size such as 100kb or 1mb')
    .default('1mb'),
  ...protectionShape,
  ...subscriptionShape,
});

/**
 * The gateway's environment. `SUBGRAPH_<NAME>_*` variables have dynamic names, so the
 * object is loose and they are checked (and every other problem too) in one pass.
 */
export const gatewayEnv = shape
  .loose()
  .superRefine(
    (parsed, ctx) => {
      const env = parsed as Record<string, unknown>;
      for (const [key, value] of Object.entries(env)) {
        const match = SUBGRAPH_OVERRIDE.exec(key);
        if (!match || value === undefined) continue;
        const result = (match[2] === 'URL' ? httpUrl : timeoutMs).safeParse(value);
        if (!result.success) ctx.addIssue({ code: 'custom', path: [key], message: result.error.issues[0]?.message ?? 'invalid' });
      }
      const hasPrivate = typeof env.CONTEXT_TOKEN_PRIVATE_KEY === 'string';
      const hasPublic = typeof env.CONTEXT_TOKEN_PUBLIC_KEY === 'string';
      if (hasPrivate !== hasPublic) {
        const missing = hasPrivate ? 'CONTEXT_TOKEN_PUBLIC_KEY' : 'CONTEXT_TOKEN_PRIVATE_KEY';
        ctx.addIssue({ code: 'custom', path: [missing], message: 'both context token keys must be set together' });
      }
      for (const problem of costLimitProblems(env)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
      if (env.NODE_ENV === 'production' && !hasPrivate && !hasPublic) {
        ctx.addIssue({
          code: 'custom',
          path: ['CONTEXT_TOKEN_PRIVATE_KEY'],
          message: 'required in production (PEM key pair, with CONTEXT_TOKEN_PUBLIC_KEY)',
        });
      }
    },
    { when: () => true },
  )
  .transform((env) => {
    const development = env.NODE_ENV === 'development';
    const subgraphs: Record<string, SubgraphOverride> = {};
    for (const [key, value] of Object.entries(env)) {
      const match = SUBGRAPH_OVERRIDE.exec(key);
      if (!match?.[1] || typeof value !== 'string') continue;
      const entry = (subgraphs[match[1]] ??= {});
      if (match[2] === 'URL') entry.url = value;
      else entry.timeoutMs = Number(value);
    }
    return {
      NODE_ENV: env.NODE_ENV,
      LOG_LEVEL: env.LOG_LEVEL,
      PORT: env.PORT,
      HOST: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
      SUPERGRAPH_PATH: env.SUPERGRAPH_PATH,
      CORS_ORIGINS: env.CORS_ORIGINS ?? (development ? DEVELOPMENT_CORS_ORIGINS : []),
      GATEWAY_INTROSPECTION: env.GATEWAY_INTROSPECTION ?? development,
      ACCOUNTS_JWKS_URL: env.ACCOUNTS_JWKS_URL,
      CONTEXT_TOKEN_PRIVATE_KEY: env.CONTEXT_TOKEN_PRIVATE_KEY,
      CONTEXT_TOKEN_PUBLIC_KEY: env.CONTEXT_TOKEN_PUBLIC_KEY,
      SUBGRAPH_TIMEOUT_MS: env.SUBGRAPH_TIMEOUT_MS,
      /** Identical queries in flight for the same caller share one execution (see `SharedExecutions`). */
      GATEWAY_DEDUPLICATE_QUERIES: env.GATEWAY_DEDUPLICATE_QUERIES,
      BODY_LIMIT: env.BODY_LIMIT,
      BILLING_WEBHOOK_URL: env.BILLING_WEBHOOK_URL,
      AUBE_REPORTS_URL: env.AUBE_REPORTS_URL,
      /** Operation limits, cost and rate limits, API keys, persisted operations. */
      protection: protectionSettings(env),
      /** WebSocket subscriptions: caps, queues, timeouts, upstream retries. */
      subscriptions: subscriptionSettings(env),
      /** Overrides keyed by the subgraph's environment stem (see `subgraphEnvName`). */
      subgraphs,
      /** Where the development context-token key pair is kept. */
      keysDirectory: join(dataDir({ PHOENIX_DATA_DIR: env.PHOENIX_DATA_DIR }), 'keys'),
    };
  });

/** The parsed configuration: the variables above with their defaults, plus `protection`, `subgraphs` and `keysDirectory`. */
export type GatewayConfig = z.output<typeof gatewayEnv>;

/**
 * Parses the gateway's configuration. With `env` (tests) problems throw a `ConfigError`;
 * without it, `process.env` (and `.env`) is read and any problem ends the process.
 */
export function loadGatewayConfig(env?: Record<string, string | undefined>): GatewayConfig {
  return env ? parseConfig('gateway', gatewayEnv, env) : loadConfig('gateway', gatewayEnv);
}

/** The routing URL and timeout of one subgraph, after overrides. */
export function subgraphSettings(config: GatewayConfig, name: string, routingUrl: string): { url: string; timeoutMs: number } {
  const override = config.subgraphs[subgraphEnvName(name)];
  return { url: override?.url ?? routingUrl, timeoutMs: override?.timeoutMs ?? config.SUBGRAPH_TIMEOUT_MS };
}
