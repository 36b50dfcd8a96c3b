import { spawnManaged } from '../lib/children.js';
import { freePort } from '../lib/ports.js';
import { samplePeakRss, treeCpuMs } from '../lib/proc-stats.js';
import type { GatewaySpec, LaunchContext } from '../gateways/specs.js';
import { BENCHMARK_BODY } from '../scenario/files.js';
import { runLoad, type LoadResult } from './load-test.js';
import { verifiedBodyCheck, waitUntilAnswering } from './verify.js';

export interface MeasureOptions {
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Total subgraph requests so far, to derive subgraph calls per gateway request. */
  subgraphRequests: () => Promise<number>;
}

export interface GatewayMeasurement extends LoadResult {
  gateway: string;
  label: string;
  /** Highest resident memory of the gateway's process tree during warm-up and measurement. */
  peakRssMb: number | undefined;
  /** Gateway CPU time (user + system) per response during the measurement. */
  cpuMsPerRequest: number | undefined;
  subgraphCallsPerRequest: number;
  startupSeconds: number;
}

const START_TIMEOUT_MS = 90_000;

/**
 * Starts one gateway in its own process, checks its answer against the expected response,
 * warms it up, measures it under load, and stops it (always, even on failure).
 */
export async function measureGateway(
  spec: GatewaySpec,
  context: Omit<LaunchContext, 'port'>,
  options: MeasureOptions,
): Promise<GatewayMeasurement> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const startedAt = performance.now();
  const child = spawnManaged(spec.id, spec.launch({ ...context, port }));
  try {
    let verifyBody: (body: string) => boolean;
    try {
      await waitUntilAnswering(url, { timeoutMs: START_TIMEOUT_MS, gone: child.exited });
      verifyBody = await verifiedBodyCheck(url);
    } catch (error) {
      throw new Error(`${spec.label}: ${(error as Error).message}\n--- its output ---\n${child.output()}`, { cause: error });
    }
    const startupSeconds = (performance.now() - startedAt) / 1000;
    const sampler = samplePeakRss(child.pid);
    let load: LoadResult;
    let cpuMs: number | undefined;
    let calls: number;
    let peakRssMb: number | undefined;
    try {
      if (options.warmupSeconds > 0) {
        await runLoad({ url, body: BENCHMARK_BODY, verifyBody, connections: options.connections, durationSeconds: options.warmupSeconds });
      }
      const cpuBefore = treeCpuMs(child.pid);
      const callsBefore = await options.subgraphRequests();
      load = await runLoad({ url, body: BENCHMARK_BODY, verifyBody, connections: options.connections, durationSeconds: options.durationSeconds });
      const cpuAfter = treeCpuMs(child.pid);
      calls = (await options.subgraphRequests()) - callsBefore;
      cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
    } finally {
      peakRssMb = sampler.stop();
    }
    const responses = Math.max(1, load.responses);
    return {
      gateway: spec.id,
      label: spec.label,
      ...load,
      peakRssMb,
      cpuMsPerRequest: cpuMs === undefined ? undefined : Math.round((cpuMs / responses) * 100) / 100,
      subgraphCallsPerRequest: Math.round((calls / responses) * 100) / 100,
      startupSeconds: Math.round(startupSeconds * 10) / 10,
    };
  } finally {
    await child.stop();
  }
}
