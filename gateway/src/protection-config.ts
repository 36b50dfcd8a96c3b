import { z } from 'zod';
import { booleanFromEnv } from '@phoenix/config';
import { LIMIT_KINDS, type CostLimits, type LimitKind } from './cost/limits.js';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000_000).default(fallback);
const atLeastZero = (fallback: number) => z.coerce.number().int().min(0).max(1_000).default(fallback);

/** Defaults per kind of caller: highest cost of one operation, bucket capacity, refill per second. */
export const DEFAULT_COST_LIMITS: Record<LimitKind | 'ip', [cost: number, capacity: number, refill: number]> = {
  anonymous: [500, 1_000, 50],
  free: [1_000, 2_000, 100],
  premium: [2_000, 4_000, 200],
  premium_plus: [3_000, 6_000, 300],
  partner: [1_000, 5_000, 100],
  admin: [10_000, 20_000, 1_000],
  ip: [0, 20_000, 1_000],
};

const envName = (kind: LimitKind | 'ip') => kind.toUpperCase();
// docker-compose passes `${VAR:-}` as an empty string: that means unset.
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const limitVariables = Object.fromEntries(
  (Object.keys(DEFAULT_COST_LIMITS) as (LimitKind | 'ip')[]).flatMap((kind) => {
    const [cost, capacity, refill] = DEFAULT_COST_LIMITS[kind];
    return [
      ...(kind === 'ip' ? [] : [[`GATEWAY_COST_LIMIT_${envName(kind)}`, count(cost)]]),
      [`GATEWAY_BUCKET_CAPACITY_${envName(kind)}`, count(capacity)],
      [`GATEWAY_BUCKET_REFILL_${envName(kind)}`, count(refill)],
    ];
  }),
) as Record<string, ReturnType<typeof count>>;

/** The gateway's protection variables (operation limits, cost, rate limits, API keys, persisted operations). */
export const protectionShape = {
  GATEWAY_MAX_DEPTH: count(10),
  GATEWAY_MAX_ALIASES: atLeastZero(15),
  GATEWAY_MAX_ROOT_FIELDS: count(20),
  GATEWAY_MAX_DIRECTIVES: atLeastZero(50),
  GATEWAY_MAX_TOKENS: count(1_000),
  GATEWAY_MAX_FIELDS: count(2_000),
  GATEWAY_MAX_BATCH: atLeastZero(0),
  GATEWAY_COST_DEFAULT_LIST_SIZE: count(10),
  ...limitVariables,
  REDIS_URL: unsetWhenEmpty(z.url({ protocol: /^rediss?$/ })),
  GATEWAY_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  GATEWAY_API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  // Well below an access token's 15 minutes, or ending its session would hardly shorten it.
  GATEWAY_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  GATEWAY_SESSION_STALE_SECONDS: z.coerce.number().int().min(0).max(900).default(900),
  GATEWAY_APQ: booleanFromEnv.default(true),
  GATEWAY_SAFELIST_PATH: unsetWhenEmpty(z.string()),
};

/** Operation limits enforced before any operation is planned. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxTokens: number;
  /** Fields once fragments are expanded. */
  maxFields: number;
  /** Operations per batched HTTP request; 0 refuses batches. */
  maxBatch: number;
}

/** Everything the protections read from the environment. */
export interface ProtectionSettings {
  limits: OperationLimits;
  costLimits: CostLimits;
  defaultListSize: number;
  redisUrl: string | undefined;
  trustProxyHops: number;
  apiKeyCacheSeconds: number;
  /** How long the gateway reuses accounts' answer on whether an access token's session is active. */
  sessionCacheSeconds: number;
  /** While accounts cannot answer, how long a session it last said was active keeps being honoured. */
  sessionStaleSeconds: number;
  apq: boolean;
  safelistPath: string | undefined;
}

/** Problems in the limits that parsing each variable alone cannot see. */
export function costLimitProblems(env: Record<string, unknown>): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const kind of LIMIT_KINDS) {
    const cost = Number(env[`GATEWAY_COST_LIMIT_${envName(kind)}`] ?? DEFAULT_COST_LIMITS[kind][0]);
    const capacity = Number(env[`GATEWAY_BUCKET_CAPACITY_${envName(kind)}`] ?? DEFAULT_COST_LIMITS[kind][1]);
    if (capacity < cost) problems.push({ path: `GATEWAY_BUCKET_CAPACITY_${envName(kind)}`, message: `must be at least GATEWAY_COST_LIMIT_${envName(kind)} (${cost})` });
  }
  return problems;
}

/** Groups the protection variables, once parsed with `protectionShape`. */
export function protectionSettings(env: Record<string, unknown>): ProtectionSettings {
  const read = (name: string) => Number(env[name]);
  const text = (name: string) => (typeof env[name] === 'string' ? (env[name] as string) : undefined);
  const bucketOf = (kind: LimitKind | 'ip') => ({
    capacity: read(`GATEWAY_BUCKET_CAPACITY_${envName(kind)}`),
    refillPerSecond: read(`GATEWAY_BUCKET_REFILL_${envName(kind)}`),
  });
  const costLimits = Object.fromEntries(LIMIT_KINDS.map((kind) => [kind, { cost: read(`GATEWAY_COST_LIMIT_${envName(kind)}`), bucket: bucketOf(kind) }]));
  return {
    limits: {
      maxDepth: read('GATEWAY_MAX_DEPTH'),
      maxAliases: read('GATEWAY_MAX_ALIASES'),
      maxRootFields: read('GATEWAY_MAX_ROOT_FIELDS'),
      maxDirectives: read('GATEWAY_MAX_DIRECTIVES'),
      maxTokens: read('GATEWAY_MAX_TOKENS'),
      maxFields: read('GATEWAY_MAX_FIELDS'),
      maxBatch: read('GATEWAY_MAX_BATCH'),
    },
    costLimits: { ...costLimits, ip: bucketOf('ip') } as CostLimits,
    defaultListSize: read('GATEWAY_COST_DEFAULT_LIST_SIZE'),
    redisUrl: text('REDIS_URL'),
    trustProxyHops: read('GATEWAY_TRUST_PROXY'),
    apiKeyCacheSeconds: read('GATEWAY_API_KEY_CACHE_SECONDS'),
    sessionCacheSeconds: read('GATEWAY_SESSION_CACHE_SECONDS'),
    sessionStaleSeconds: read('GATEWAY_SESSION_STALE_SECONDS'),
    apq: env.GATEWAY_APQ !== false,
    safelistPath: text('GATEWAY_SAFELIST_PATH'),
  };
}
