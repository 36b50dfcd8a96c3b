import { z } from 'zod';
import { commonEnv, loadConfig, portEnv } from '@phoenix/config';

const pem = z
  .string()
  .trim()
  .refine((value) => value.includes('-----BEGIN '), { message: 'expected a PEM-encoded key' });

/** Environment of the accounts subgraph. */
export const accountsEnv = commonEnv.extend({
  ACCOUNTS_PORT: portEnv.default(4001),
  ACCOUNTS_HOST: z.string().min(1).default('127.0.0.1'),
  /** Ed25519 key pair signing access tokens (PKCS#8 / SPKI PEM); generated in development when absent. */
  ACCESS_TOKEN_PRIVATE_KEY: pem.optional(),
  ACCESS_TOKEN_PUBLIC_KEY: pem.optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(900).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** Public half of the gateway's context-token key; read from the development key directory when absent. */
  CONTEXT_TOKEN_PUBLIC_KEY: pem.optional(),
  /** The gateway's public URL, base of `DataExport.schemaUrl`; a same-origin path when absent. */
  ACCOUNTS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

export type AccountsConfig = z.infer<typeof accountsEnv>;

/** Reads and validates the accounts environment once; prints every problem and exits 1 when invalid. */
export function loadAccountsConfig(): AccountsConfig {
  return loadConfig('accounts', accountsEnv);
}
