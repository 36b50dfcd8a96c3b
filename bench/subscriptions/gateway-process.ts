import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '@phoenix/config';
import { spawnManaged, type ManagedChild } from '../lib/children.js';
import { freePort } from '../lib/ports.js';
import { treeRssBytes } from '../lib/proc-stats.js';
import type { SubscriptionStack } from './stack.js';

const UNREFUSED = '1000000000';
const MEMORY_PROBE = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));

/**
 * Rate-limit buckets no bench on loopback drains (every subscriber comes from 127.0.0.1):
 * each `subscribe` is still priced and charged, but the figures are deliveries, not refusals.
 */
const UNREFUSED_BUCKETS: Record<string, string> = Object.fromEntries(
  ['ANONYMOUS', 'FREE', 'PREMIUM', 'PREMIUM_PLUS', 'IP'].flatMap((kind) => [
    [`GATEWAY_BUCKET_CAPACITY_${kind}`, UNREFUSED],
    [`GATEWAY_BUCKET_REFILL_${kind}`, UNREFUSED],
  ]),
);

export interface GatewayProcess {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** `ws://127.0.0.1:<port>/graphql` */
  wsUrl: string;
  child: ManagedChild;
  /** Resident set size of the gateway's process, in bytes. */
  rssBytes(): number | undefined;
  /** The gateway's RSS and live heap right after a full garbage collection (bytes). */
  memoryAfterGc(): Promise<{ rss: number; heapUsed: number }>;
  /** File descriptors the gateway holds open (sockets included). */
  openFiles(): number | undefined;
  /** Its soft limit on open files (`ulimit -n` as the process sees it). */
  openFilesLimit(): number | undefined;
  stop(): Promise<void>;
}

/**
 * Our gateway as its own process — the deployment's entry point, `gateway/src/index.ts` — in
 * front of the stack, with production settings. Every subscriber of the bench is anonymous
 * and comes from one address, so the per-principal subscription cap is raised to
 * `maxSubscriptions` (the per-socket cap is left as it is: one subscription per socket).
 */
export async function spawnGatewayProcess(stack: SubscriptionStack, options: { maxSubscriptions: number; readyTimeoutMs?: number }): Promise<GatewayProcess> {
  const port = await freePort();
  const accountsBase = stack.accounts.url.replace(/\/graphql$/, '');
  const child = spawnManaged('gateway', {
    file: process.execPath,
    args: ['--expose-gc', '--import', 'tsx', '--import', MEMORY_PROBE, join(repoRoot, 'gateway/src/index.ts')],
    cwd: repoRoot,
    ipc: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      APOLLO_TELEMETRY_DISABLED: 'true',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      SUPERGRAPH_PATH: stack.supergraphPath,
      GATEWAY_INTROSPECTION: 'false',
      CONTEXT_TOKEN_PRIVATE_KEY: stack.contextKeys.privateKeyPem,
      CONTEXT_TOKEN_PUBLIC_KEY: stack.contextKeys.publicKeyPem,
      ACCOUNTS_JWKS_URL: `${accountsBase}/.well-known/jwks.json`,
      PHOENIX_DATA_DIR: join(stack.directory, 'gateway'),
      GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: String(options.maxSubscriptions),
      ...UNREFUSED_BUCKETS,
    },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${origin}/health/ready`, child, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
  return {
    url: `${origin}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    child,
    rssBytes: () => treeRssBytes(child.pid),
    memoryAfterGc: () => askMemory(child),
    openFiles: () => {
      try {
        return readdirSync(`/proc/${child.pid}/fd`).length;
      } catch {
        return undefined;
      }
    },
    openFilesLimit: () => openFilesLimit(child.pid),
    stop: () => child.stop(10_000),
  };
}

let memoryRequests = 0;

function askMemory(child: ManagedChild): Promise<{ rss: number; heapUsed: number }> {
  const id = ++memoryRequests;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.process.off('message', onMessage);
      reject(new Error('the gateway did not report its memory within 30 s'));
    }, 30_000);
    function onMessage(message: { type?: string; id?: number; collected?: boolean; rss?: number; heapUsed?: number }) {
      if (message?.type !== 'bench:memory' || message.id !== id) return;
      clearTimeout(timer);
      child.process.off('message', onMessage);
      if (!message.collected) reject(new Error('the gateway runs without --expose-gc'));
      else resolve({ rss: message.rss ?? 0, heapUsed: message.heapUsed ?? 0 });
    }
    child.process.on('message', onMessage);
    child.process.send({ type: 'bench:memory', id });
  });
}

/** The soft `Max open files` of a process (Linux `/proc`), or undefined. */
export function openFilesLimit(pid: number | 'self'): number | undefined {
  try {
    const match = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'));
    return match?.[1] === undefined || match[1] === 'unlimited' ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
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
