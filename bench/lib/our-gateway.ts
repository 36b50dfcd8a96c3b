import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { spawnManaged, type ManagedChild } from './children.js';

const UNREFUSED = '1000000000';

/**
 * Rate-limit buckets no load generator on loopback can drain, for every kind of caller and
 * for the one address they all come from: each request is still estimated, checked against
 * the caller's cost limit (left at its default) and charged, but a bench measures answers,
 * not refusals. 429s are counted separately all the same.
 */
export const UNREFUSED_BUCKETS: Readonly<Record<string, string>> = Object.fromEntries(
  ['ANONYMOUS', 'FREE', 'PREMIUM', 'PREMIUM_PLUS', 'IP'].flatMap((kind) => [
    [`GATEWAY_BUCKET_CAPACITY_${kind}`, UNREFUSED],
    [`GATEWAY_BUCKET_REFILL_${kind}`, UNREFUSED],
  ]),
);

export interface OurGatewayChildOptions {
  port: number;
  /** The gateway's own environment (PATH, HOME and telemetry opt-out are added). */
  env: Record<string, string>;
  /** Node flags before the entry point, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** Modules preloaded after tsx (`--import`), e.g. a probe answering on the IPC channel. */
  preload?: string[];
  /** Open an IPC channel to the gateway's process. */
  ipc?: boolean;
  /** How long to wait for `/health/ready` (default 120 s; a loaded 2-core machine is slow to boot tsx). */
  readyTimeoutMs?: number;
}

/**
 * Our gateway as its own process — the deployment's entry point, `gateway/src/index.ts` —
 * resolved once `/health/ready` answers 200 (stopped again if it never does).
 */
export async function spawnOurGateway(options: OurGatewayChildOptions): Promise<ManagedChild> {
  const child = spawnManaged('gateway', {
    file: process.execPath,
    args: [...(options.nodeArgs ?? []), '--import', 'tsx', ...(options.preload ?? []).flatMap((path) => ['--import', path]), join(repoRoot, 'gateway/src/index.ts')],
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, APOLLO_TELEMETRY_DISABLED: 'true', ...options.env },
    ...(options.ipc ? { ipc: true } : {}),
  });
  try {
    await waitUntilReady(`http://127.0.0.1:${options.port}/health/ready`, child, options.readyTimeoutMs ?? 120_000);
  } catch (error) {
    await child.stop(2_000);
    throw error;
  }
  return child;
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
