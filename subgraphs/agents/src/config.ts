import { z } from 'zod';
import { commonEnv, loadConfig, portEnv } from '@phoenix/config';
import { greenFactorsEnv } from './domain/green.js';
import { DEFAULT_HEALTH_TARGETS, healthTargetsEnv } from './health/targets.js';

// docker compose passes unset variables as empty strings; they mean "not set" here.
const unsetWhenEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** The agents subgraph's environment (docs/ai.md, .env.example). */
export const agentsEnv = commonEnv.extend({
  AGENTS_PORT: portEnv.default(4007),
  AGENTS_HOST: z.string().default('127.0.0.1'),
  CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
  AGENTS_HEALTH_TARGETS: healthTargetsEnv.default(healthTargetsEnv.parse(DEFAULT_HEALTH_TARGETS)),
  AGENTS_HEALTH_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(15_000),
  AGENTS_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  /** `Subscription.systemHealth` pushes the latest state at least this often, even unchanged. */
  AGENTS_HEALTH_PUSH_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  /** The gateway's objectives report, read at each round of checks (`SystemHealth.slo`). */
  AGENTS_SLO_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4000/health/slo'),
  /** Sent as `Authorization: Bearer` to `AGENTS_SLO_URL`; the gateway requires it when it has one. */
  METRICS_TOKEN: unsetWhenEmpty(z.string().min(16, 'use at least 16 characters')),
  AGENTS_GREEN_FACTORS: greenFactorsEnv.default({}),
  /** Seed of the Thompson-sampling estimate in reports, so the same data gives the same report. */
  AGENTS_BANDIT_SEED: z.coerce.number().int().default(1),
});

export type AgentsConfig = z.infer<typeof agentsEnv>;

/** Reads the configuration at start-up; prints every problem and exits 1 when invalid. */
export function loadAgentsConfig(): AgentsConfig {
  return loadConfig('agents', agentsEnv);
}
