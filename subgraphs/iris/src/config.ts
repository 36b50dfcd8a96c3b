import { z } from 'zod';
import { commonEnv, loadConfig, portEnv } from '@phoenix/config';
import { isTimeZone } from '@phoenix/plans';

/** The development pepper: fine on a laptop, refused in production. */
export const DEV_ANALYTICS_PEPPER = 'dev-only-iris-analytics-pepper-not-for-production';

const positiveInt = z.coerce.number().int().positive();

/** The iris subgraph's environment (docs/iris.md, .env.example). The `AI_*` variables are read by `loadAiConfig`. */
export const irisEnv = commonEnv
  .extend({
    IRIS_PORT: portEnv.default(4005),
    IRIS_HOST: z.string().default('127.0.0.1'),
    CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
    /** The zone of the user's day: the daily message quota starts again at its midnight. */
    IRIS_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('Europe/Paris'),
    /** Secret of the pseudonymous user hash in analytics (HMAC-SHA-256), at least 32 characters. */
    IRIS_ANALYTICS_PEPPER: z.string().min(32, 'at least 32 characters').default(DEV_ANALYTICS_PEPPER),
    /** How long a worker owns a reply it writes without renewing its claim; past it, another worker takes the reply over. */
    IRIS_REPLY_LEASE_MS: positiveInt.default(30_000),
    /** How often workers look for replies to write or to take over (besides being woken by new messages). */
    IRIS_REPLY_POLL_MS: positiveInt.default(2_000),
    /** Replies one process writes at once. */
    IRIS_REPLY_CONCURRENCY: positiveInt.default(8),
    /** Attempts at a reply (crashes, lost claims) before it is failed. */
    IRIS_REPLY_MAX_ATTEMPTS: positiveInt.default(3),
    /** How often old history is deleted (per the sender's tier). */
    IRIS_RETENTION_INTERVAL_MS: positiveInt.default(15 * 60_000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.IRIS_ANALYTICS_PEPPER === DEV_ANALYTICS_PEPPER) {
      ctx.addIssue({ code: 'custom', path: ['IRIS_ANALYTICS_PEPPER'], message: 'required in production (a secret of at least 32 characters)' });
    }
  });

export type IrisConfig = z.infer<typeof irisEnv>;

/** Reads the configuration at start-up; prints every problem and exits 1 when invalid. */
export function loadIrisConfig(): IrisConfig {
  return loadConfig('iris', irisEnv);
}
