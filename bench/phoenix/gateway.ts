import { join } from 'node:path';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '@phoenix/gateway';
import { createLogger } from '@phoenix/logger';
import type { ManagedChild } from '../lib/children.js';
import { spawnOurGateway, UNREFUSED_BUCKETS } from '../lib/our-gateway.js';
import { freePort } from '../lib/ports.js';
import type { PhoenixStack } from './stack.js';

/** Our gateway's environment for a stack: production, loopback, introspection off, every protection on. */
export function stackGatewayEnv(stack: PhoenixStack, port: number, logLevel = 'silent'): Record<string, string> {
  const base = (name: keyof PhoenixStack['subgraphs']) => stack.subgraphs[name].url.replace(/\/graphql$/, '');
  return {
    NODE_ENV: 'production',
    LOG_LEVEL: logLevel,
    HOST: '127.0.0.1',
    PORT: String(port),
    SUPERGRAPH_PATH: stack.supergraphPath,
    GATEWAY_INTROSPECTION: 'false',
    CONTEXT_TOKEN_PRIVATE_KEY: stack.contextKeys.privateKeyPem,
    CONTEXT_TOKEN_PUBLIC_KEY: stack.contextKeys.publicKeyPem,
    ACCOUNTS_JWKS_URL: `${base('accounts')}/.well-known/jwks.json`,
    BILLING_WEBHOOK_URL: `${base('billing')}/webhooks/stripe`,
    AUBE_REPORTS_URL: `${base('aube')}/reports`,
    PHOENIX_DATA_DIR: join(stack.directory, 'gateway'),
    ...UNREFUSED_BUCKETS,
  };
}

/**
 * Our gateway in this process, in front of the stack, executing every request: the workload
 * stands for 50 people, but rotates over a few seeded users, whose identical dashboards in
 * flight would otherwise share executions as 50 different people's never would.
 */
export async function startGatewayInProcess(stack: PhoenixStack): Promise<{ url: string; gateway: PhoenixGateway }> {
  const env = { ...stackGatewayEnv(stack, 0), GATEWAY_DEDUPLICATE_QUERIES: 'false' };
  const gateway = await createGateway({ config: loadGatewayConfig(env), logger: createLogger('gateway', 'silent') });
  const { url } = await gateway.start();
  return { url, gateway };
}

export interface GatewayProcess {
  url: string;
  child: ManagedChild;
}

export interface GatewayProcessOptions {
  /** Node flags before the entry point, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** Modules preloaded after tsx (`--import`), e.g. a probe answering on the IPC channel. */
  preload?: string[];
  /** Open an IPC channel to the gateway's process. */
  ipc?: boolean;
  logLevel?: string;
  /** How long to wait for `/health/ready` (default 120 s; a loaded 2-core machine is slow to boot tsx). */
  readyTimeoutMs?: number;
}

/**
 * Our gateway as its own process — the same entry point as in a deployment
 * (`gateway/src/index.ts`) — in front of the stack; resolves once `/health/ready` answers 200.
 */
export async function spawnGateway(stack: PhoenixStack, options: GatewayProcessOptions = {}): Promise<GatewayProcess> {
  const port = await freePort();
  const child = await spawnOurGateway({ ...options, port, env: stackGatewayEnv(stack, port, options.logLevel ?? 'warn') });
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}
