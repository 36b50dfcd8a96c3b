import type { PemKeyPair } from '@phoenix/keys';

export interface OursEnvOptions {
  port: number;
  supergraphPath: string;
  contextKeys: PemKeyPair;
  /** Where the gateway may keep state; a throw-away directory, never the repository's `.data/`. */
  dataDir: string;
}

/**
 * Limits raised so that 50 clients sending the benchmark's deep query from one address are
 * served, not refused: every protection still runs on every request (the cost is estimated,
 * the bucket charged, the limits checked), only the thresholds move. Names follow
 * gateway/src/config.ts; a name it does not know is ignored there, and a limit left too low
 * shows up as a failed verification before any measurement.
 */
export const THROUGHPUT_LIMITS: Readonly<Record<string, string>> = {
  // TestQuery nests five lists; at the default assumed list size its estimate is far above an
  // anonymous caller's default limit (500), which is right for the public API.
  GATEWAY_COST_LIMIT_ANONYMOUS: '1000000',
  // Every request is charged to the anonymous bucket and to the one of 127.0.0.1; both refill
  // faster than any load generator on loopback can drain them.
  GATEWAY_BUCKET_CAPACITY_ANONYMOUS: '1000000000',
  GATEWAY_BUCKET_REFILL_ANONYMOUS: '1000000000',
  GATEWAY_BUCKET_CAPACITY_IP: '1000000000',
  GATEWAY_BUCKET_REFILL_IP: '1000000000',
};

const PASSTHROUGH_PREFIX = 'BENCH_GATEWAY_';

/**
 * The environment of our gateway for the benchmark: production mode, loopback, no
 * introspection, quiet logs, anonymous callers, the scenario's supergraph. Any
 * `BENCH_GATEWAY_<NAME>` variable of the bench's own environment is passed on as `<NAME>`
 * (last word), e.g. `BENCH_GATEWAY_LOG_LEVEL=info`.
 */
export function oursEnv(options: OursEnvOptions, environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const passthrough: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (key.startsWith(PASSTHROUGH_PREFIX) && value !== undefined) passthrough[key.slice(PASSTHROUGH_PREFIX.length)] = value;
  }
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(options.port),
    SUPERGRAPH_PATH: options.supergraphPath,
    GATEWAY_INTROSPECTION: 'false',
    CONTEXT_TOKEN_PRIVATE_KEY: options.contextKeys.privateKeyPem,
    CONTEXT_TOKEN_PUBLIC_KEY: options.contextKeys.publicKeyPem,
    PHOENIX_DATA_DIR: options.dataDir,
    ...THROUGHPUT_LIMITS,
    ...passthrough,
  };
}
