import type { AddressInfo } from 'node:net';
import { ContextTokenVerifier } from '@phoenix/context-token';
import type { importPublicKey } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { createSubgraphApp, type SubgraphApp, type SubgraphContext, type SubgraphDefinition, type Worker } from '@phoenix/subgraph-server';

export interface KillableSubgraph {
  readonly name: string;
  readonly port: number;
  /** `http://127.0.0.1:<port>/graphql`, the same across restarts. */
  readonly url: string;
  running(): boolean;
  /**
   * What SIGKILL does to a subgraph's process, as the gateway sees it: open connections are
   * reset mid-request, new ones refused, its workers stopped without draining anything.
   */
  kill(): Promise<void>;
  /** A fresh instance (new definition, app and workers) on the same port, as a restarted process. */
  restart(): Promise<void>;
  /** Graceful stop, for the end of a run. */
  stop(): Promise<void>;
}

export interface KillableSubgraphOptions {
  /** Builds the subgraph's definition; called again on every restart. */
  create(): Promise<SubgraphDefinition<SubgraphContext>>;
  /** The gateway's context-token public key (`importPublicKey`). */
  verifierKey: Awaited<ReturnType<typeof importPublicKey>>;
  logger: Logger;
  /** 0 for any free port on the first start; restarts reuse the port obtained. */
  port?: number;
}

interface Instance {
  app: SubgraphApp;
  workers: Worker[];
}

/**
 * A subgraph served like `startSubgraphServer` does (same app, same keep-alive), which can be
 * killed abruptly and restarted on the same port, in this process: the embedded PGlite
 * serves one process, so the subgraphs of a stack share it as `npm start` does.
 */
export async function startKillableSubgraph(options: KillableSubgraphOptions): Promise<KillableSubgraph> {
  let port = options.port ?? 0;
  let name = '';
  let current: Instance | undefined;

  const launch = async (): Promise<void> => {
    const definition = await options.create();
    name = definition.name;
    const app = await createSubgraphApp(definition, {
      logger: options.logger,
      verifier: new ContextTokenVerifier(options.verifierKey, definition.name),
    });
    app.httpServer.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', reject);
      app.httpServer.listen(port, '127.0.0.1', () => resolve());
    });
    port = (app.httpServer.address() as AddressInfo).port;
    const workers = definition.workers ?? [];
    for (const worker of workers) await worker.start();
    current = { app, workers };
  };

  await launch();
  return {
    get name() {
      return name;
    },
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}/graphql`;
    },
    running: () => current !== undefined,
    async kill() {
      const instance = current;
      if (!instance) return;
      current = undefined;
      const closed = new Promise<void>((resolve) => instance.app.httpServer.close(() => resolve()));
      instance.app.httpServer.closeAllConnections();
      await closed;
      await Promise.allSettled(instance.workers.map((worker) => worker.stop()));
      await instance.app.apollo.stop().catch(() => undefined);
    },
    async restart() {
      if (current) throw new Error(`${name} is already running`);
      await launch();
    },
    async stop() {
      const instance = current;
      if (!instance) return;
      current = undefined;
      await Promise.allSettled(instance.workers.map((worker) => worker.stop()));
      // Apollo's drain plugin closes the HTTP server once in-flight requests are answered.
      await instance.app.apollo.stop();
      if (instance.app.httpServer.listening) await new Promise<void>((resolve) => instance.app.httpServer.close(() => resolve()));
    },
  };
}
