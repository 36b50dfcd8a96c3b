import { z } from 'zod';
import { csvList, loadConfig, parseConfig } from '@phoenix/config';
import { TIERS } from '@phoenix/context-token';
import type { Logger } from '@phoenix/logger';
import { createLocalProvider } from './local/local-provider.js';
import { createOpenAiCompatibleProvider } from './openai/openai-provider.js';
import type { CompletionRecord } from './router/record.js';
import { createRouter, type AiRouter } from './router/router.js';
import { AI_TASKS, type AiTask } from './tasks.js';

const positiveInt = z.coerce.number().int().positive();

/** The `AI_*` environment every service using the AI layer reads (see docs/ai.md). */
export const aiEnv = z
  .object({
    AI_PROVIDER: z.enum(['local', 'openai-compatible']).default('local'),
    AI_OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    AI_OPENAI_API_KEY: z.string().min(1).optional(),
    AI_OPENAI_MODEL: z.string().min(1).optional(),
    AI_OPENAI_TEMPERATURE: z.coerce.number().min(0).max(2).optional(),
    AI_OPENAI_STREAM_USAGE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
    AI_TIMEOUT_MS: positiveInt.default(20_000),
    AI_RATE_PER_SECOND: z.coerce.number().positive().default(5),
    AI_BURST: positiveInt.default(10),
    AI_MAX_CONCURRENT: positiveInt.default(8),
    AI_BREAKER_ERROR_PERCENT: z.coerce.number().min(1).max(100).default(50),
    AI_BREAKER_RESET_MS: positiveInt.default(30_000),
    AI_BREAKER_VOLUME: positiveInt.default(5),
    AI_REMOTE_TIERS: csvList.pipe(z.array(z.enum(TIERS))).default([...TIERS]),
    AI_REMOTE_TASKS: csvList.pipe(z.array(z.enum(AI_TASKS as [AiTask, ...AiTask[]]))).default([]),
    AI_GUARDIAN_BLOCK_SCORE: z.coerce.number().int().min(1).max(100).default(60),
    AI_LOCAL_CHUNK_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(0),
  })
  .superRefine((env, ctx) => {
    if (env.AI_PROVIDER !== 'openai-compatible') return;
    if (!env.AI_OPENAI_BASE_URL) ctx.addIssue({ code: 'custom', path: ['AI_OPENAI_BASE_URL'], message: 'required when AI_PROVIDER=openai-compatible' });
    if (!env.AI_OPENAI_MODEL) ctx.addIssue({ code: 'custom', path: ['AI_OPENAI_MODEL'], message: 'required when AI_PROVIDER=openai-compatible' });
  });

export type AiConfig = z.infer<typeof aiEnv>;

/** Parses the AI variables of `env`; throws a ConfigError listing every problem. */
export function parseAiConfig(env: Record<string, string | undefined> = process.env): AiConfig {
  return parseConfig('ai', aiEnv, env);
}

/** Reads the AI variables at start-up; prints every problem and exits 1 when invalid. */
export function loadAiConfig(): AiConfig {
  return loadConfig('ai', aiEnv);
}

/** Builds the router a service uses from its AI configuration. */
export function createAiRouter(
  config: AiConfig,
  deps: { logger?: Logger; record?: (record: CompletionRecord) => void | Promise<void>; selectVariant?: (task: AiTask) => string | undefined } = {},
): AiRouter {
  const remote =
    config.AI_PROVIDER === 'openai-compatible' && config.AI_OPENAI_BASE_URL && config.AI_OPENAI_MODEL
      ? createOpenAiCompatibleProvider({
          baseUrl: config.AI_OPENAI_BASE_URL,
          apiKey: config.AI_OPENAI_API_KEY,
          model: config.AI_OPENAI_MODEL,
          streamUsage: config.AI_OPENAI_STREAM_USAGE,
          ...(config.AI_OPENAI_TEMPERATURE !== undefined ? { temperature: config.AI_OPENAI_TEMPERATURE } : {}),
        })
      : undefined;
  return createRouter({
    local: createLocalProvider({ chunkDelayMs: config.AI_LOCAL_CHUNK_DELAY_MS }),
    remote,
    policy: { remoteTiers: config.AI_REMOTE_TIERS, remoteTasks: config.AI_REMOTE_TASKS },
    limits: { ratePerSecond: config.AI_RATE_PER_SECOND, burst: config.AI_BURST, maxConcurrent: config.AI_MAX_CONCURRENT, timeoutMs: config.AI_TIMEOUT_MS },
    breaker: { errorThresholdPercentage: config.AI_BREAKER_ERROR_PERCENT, resetTimeoutMs: config.AI_BREAKER_RESET_MS, volumeThreshold: config.AI_BREAKER_VOLUME },
    guardian: { blockAt: config.AI_GUARDIAN_BLOCK_SCORE },
    ...deps,
  });
}
