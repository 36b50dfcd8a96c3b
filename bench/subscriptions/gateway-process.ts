import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedChild } from '../lib/children.js';
import { spawnOurGateway, UNREFUSED_BUCKETS } from '../lib/our-gateway.js';
import { freePort } from '../lib/ports.js';
import { treeRssBytes } from '../lib/proc-stats.js';
import type { SubscriptionStack } from './stack.js';

const MEMORY_PROBE = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));

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
  const child = await spawnOurGateway({
    port,
    nodeArgs: ['--expose-gc'],
    preload: [MEMORY_PROBE],
    ipc: true,
    ...(options.readyTimeoutMs ? { readyTimeoutMs: options.readyTimeoutMs } : {}),
    env: {
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
