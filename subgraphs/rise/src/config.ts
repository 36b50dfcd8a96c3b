import { z } from 'zod';
import { commonEnv, loadConfig, portEnv } from '@phoenix/config';
import { isTimeZone } from '@phoenix/plans';

/** The rise subgraph's environment (docs/rise.md, .env.example). The `AI_*` variables are read by `loadAiConfig`. */
export const riseEnv = commonEnv.extend({
  RISE_PORT: portEnv.default(4004),
  RISE_HOST: z.string().default('127.0.0.1'),
  CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
  /** The zone of the user's day (daily actions, goal dates) and of the quota's calendar month. */
  RISE_TIME_ZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('Europe/Paris'),
});

export type RiseConfig = z.infer<typeof riseEnv>;

/** Reads the configuration at start-up; prints every problem and exits 1 when invalid. */
export function loadRiseConfig(): RiseConfig {
  return loadConfig('rise', riseEnv);
}
