import { fileURLToPath } from 'node:url';
import { spawnGateway, type GatewayProcess } from '../../../bench/phoenix/gateway.js';
import { seedUsers, type SeededUser } from '../../../bench/phoenix/seed.js';
import { startPhoenixStack, type PhoenixStack } from '../../../bench/phoenix/stack.js';

const MEMORY_PROBE = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));

export interface GatewayMemory {
  rssMb: number;
  /** Live heap after a full garbage collection. */
  heapUsedMb: number;
}

export interface ResilienceStack {
  stack: PhoenixStack;
  gateway: GatewayProcess;
  /** The gateway's `/graphql`. */
  url: string;
  /** `http://127.0.0.1:<gateway port>`. */
  origin: string;
  users: SeededUser[];
  /** True while the gateway's process runs. */
  gatewayAlive(): boolean;
  /** The gateway process's memory, after a full GC. */
  gatewayMemory(): Promise<GatewayMemory>;
  stop(): Promise<void>;
}

/**
 * A Phoenix stack for the resilience suite: accounts, aube, letters and billing in this
 * process (each killable and restartable) on a fresh database — PostgreSQL when
 * `DATABASE_URL` is set, else the embedded PGlite — and our gateway in its own process, the
 * deployment's entry point in production mode, so that a crash is a dead process and its
 * memory is its own. Users are seeded through it.
 */
export async function startResilienceStack(options: { users: number }): Promise<ResilienceStack> {
  const serverUrl = process.env.DATABASE_URL;
  const started = performance.now();
  const stack = await startPhoenixStack({ database: serverUrl ? 'postgres' : 'pglite', ...(serverUrl ? { serverUrl } : {}) });
  let gateway: GatewayProcess | undefined;
  try {
    const stackReady = performance.now();
    gateway = await spawnGateway(stack, { nodeArgs: ['--expose-gc'], preload: [MEMORY_PROBE], ipc: true, logLevel: 'error' });
    const gatewayReady = performance.now();
    const users = await seedUsers({ gatewayUrl: gateway.url, stripeWebhookUrl: stack.stripeWebhookUrl, users: options.users, lettersPerUser: 2, explorationsPerUser: 2 });
    const running = gateway;
    process.stdout.write(
      `stack on ${stack.database.kind}: subgraphs ${seconds(stackReady - started)} s, gateway process ${seconds(gatewayReady - stackReady)} s, ` +
        `${options.users} users seeded ${seconds(performance.now() - gatewayReady)} s\n`,
    );
    let requestId = 0;
    return {
      stack,
      gateway: running,
      url: running.url,
      origin: new URL(running.url).origin,
      users,
      gatewayAlive: () => !running.child.exited(),
      gatewayMemory: () => askMemory(running, ++requestId),
      async stop() {
        await running.child.stop(10_000);
        await stack.stop();
      },
    };
  } catch (error) {
    await gateway?.child.stop(2_000);
    await stack.stop();
    throw error;
  }
}

interface MemoryAnswer {
  type: string;
  id: number;
  collected: boolean;
  rss: number;
  heapUsed: number;
}

function askMemory(gateway: GatewayProcess, id: number): Promise<GatewayMemory> {
  const child = gateway.child.process;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error('the gateway did not report its memory within 30 s'));
    }, 30_000);
    const onMessage = (message: MemoryAnswer) => {
      if (message?.type !== 'phoenix:memory' || message.id !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      if (!message.collected) reject(new Error('the gateway runs without --expose-gc: its heap after GC is unknown'));
      else resolve({ rssMb: toMb(message.rss), heapUsedMb: toMb(message.heapUsed) });
    };
    child.on('message', onMessage);
    child.send({ type: 'phoenix:memory', id });
  });
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}

function toMb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}

/** Polls `check` every `intervalMs` until it returns true; throws with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 120_000, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The HTTP status of a GET, or 0 when nothing answers. */
export async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    return response.status;
  } catch {
    return 0;
  }
}
