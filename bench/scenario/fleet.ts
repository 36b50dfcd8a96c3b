import { fileURLToPath } from 'node:url';
import { spawnManaged, type ManagedChild } from '../lib/children.js';
import { SUBGRAPH_NAMES, type SubgraphName } from './resolvers.js';

export interface SubgraphFleet {
  urls: Record<SubgraphName, string>;
  /** Subgraph requests answered so far, all four together. */
  requests(): Promise<number>;
  stop(): Promise<void>;
}

const SUBGRAPH_MAIN = fileURLToPath(new URL('./subgraph-main.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;

/** Starts the four benchmark subgraphs, each in its own child process on a free loopback port. */
export async function startSubgraphFleet(options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<SubgraphFleet> {
  const children: ManagedChild[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => child.stop(5_000)));
  };
  try {
    const urls = {} as Record<SubgraphName, string>;
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => {
        const child = spawnManaged(`subgraph ${name}`, {
          file: process.execPath,
          args: ['--import', 'tsx', SUBGRAPH_MAIN, name],
          cwd: options.cwd,
          env: options.env,
          ipc: true,
        });
        children.push(child);
        urls[name] = await reportedUrl(child);
      }),
    );
    return {
      urls,
      async requests() {
        const counts = await Promise.all(
          Object.values(urls).map(async (url) => {
            const response = await fetch(url.replace(/\/graphql$/, '/stats'), { signal: AbortSignal.timeout(5_000) });
            return ((await response.json()) as { requests: number }).requests;
          }),
        );
        return counts.reduce((sum, count) => sum + count, 0);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function reportedUrl(child: ManagedChild): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`no URL within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    const onMessage = (message: unknown) => {
      const url = (message as { url?: unknown } | null)?.url;
      if (typeof url !== 'string') return;
      clearTimeout(timer);
      child.process.off('exit', onExit);
      resolve(url);
    };
    const onExit = () => fail(new Error('exited before listening'));
    function fail(error: Error) {
      clearTimeout(timer);
      child.process.off('message', onMessage);
      reject(new Error(`${child.name}: ${error.message}\n${child.output()}`));
    }
    child.process.on('message', onMessage);
    child.process.once('exit', onExit);
  });
}
