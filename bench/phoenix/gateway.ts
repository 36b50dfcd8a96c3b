import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { createGateway, loadGatewayConfig, type PhoenixGateway } from '@phoenix/gateway';
import { createLogger } from '@phoenix/logger';
import { spawnManaged, type ManagedChild } from '../lib/children.js';
import { freePort } from '../lib/ports.js';
import type { PhoenixStack } from './stack.js';

const UNREFUSED = '1000000000';

/**
 * Rate-limit buckets no load generator on loopback can drain, for every kind of caller a
 * stack serves and for the one address they all come from: each request is still estimated,
 * checked against the caller's cost limit (left at its default) and charged, but a bench
 * measures answers, not refusals. 429s are counted separately all the same.
 */
export const UNREFUSED_BUCKETS: Readonly<Record<string, string>> = Object.fromEntries(
  ['ANONYMOUS', 'FREE', 'PREMIUM', 'PREMIUM_PLUS', 'IP'].flatMap((kind) => [
    [`GATEWAY_BUCKET_CAPACITY_${kind}`, UNREFUSED],
    [`GATEWAY_BUCKET_REFILL_${kind}`, UNREFUSED],
  ]),
);

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

/** Our gateway in this process, in front of the stack. */
export async function startGatewayInProcess(stack: PhoenixStack): Promise<{ url: string; gateway: PhoenixGateway }> {
  const gateway = await createGateway({ config: loadGatewayConfig(stackGatewayEnv(stack, 0)), logger: createLogger('gateway', 'silent') });
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
  const child = spawnManaged('gateway', {
    file: process.execPath,
    args: [...(options.nodeArgs ?? []), '--import', 'tsx', ...(options.preload ?? []).flatMap((path) => ['--import', path]), join(repoRoot, 'gateway/src/index.ts')],
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, APOLLO_TELEMETRY_DISABLED: 'true', ...stackGatewayEnv(stack, port, options.logLevel ?? 'warn') },
    ...(options.ipc ? { ipc: true } : {}),
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await waitUntilReady(`http://127.0.0.1:${port}/health/ready`, child, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
  return { url, child };
}

async function waitUntilReady(readyUrl: string, child: ManagedChild, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`the gateway exited while starting:\n${child.output()}`);
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(5_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the gateway was not ready within ${timeoutMs / 1000} s:\n${child.output()}`);
}
