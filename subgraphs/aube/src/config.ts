import { z } from 'zod';
import { booleanFromEnv, commonEnv, loadConfig, portEnv } from '@phoenix/config';

/** Environment of the aube subgraph. */
export const aubeEnv = commonEnv.extend({
  AUBE_PORT: portEnv.default(4002),
  AUBE_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * Base URL clients use for report downloads and share links (`<base>/reports/...`). The
   * gateway proxies `/reports/*` to this subgraph in deployments; in development the
   * subgraph's own address works.
   */
  AUBE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:4002'),
  /** HMAC secret signing the owner's short-lived download links; generated in development when absent. */
  AUBE_REPORT_LINK_SECRET: z.string().min(32).optional(),
  AUBE_REPORT_LINK_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  /** Loads the shipped seed catalogue at start-up when the catalogue is empty. */
  AUBE_SEED_ON_START: booleanFromEnv.default(true),
  /** Public half of the gateway's context-token key; read from the development key directory when absent. */
  CONTEXT_TOKEN_PUBLIC_KEY: z.string().optional(),
});

export type AubeConfig = z.infer<typeof aubeEnv>;

/** Reads and validates the aube environment once; prints every problem and exits 1 when invalid. */
export function loadAubeConfig(): AubeConfig {
  return loadConfig('aube', aubeEnv);
}
