import type { AddressInfo, Socket } from 'node:net';
import { ContextTokenVerifier } from '@phoenix/context-token';
import type { importPublicKey } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { createSubgraphApp, type SubgraphApp, type SubgraphContext, type SubgraphDefinition, type Worker } from './server.js';

/** What a restartable subgraph's factory returns: its definition, and what to close after its workers. */
export interface SubgraphInstance {
  definition: SubgraphDefinition<SubgraphContext>;
  /** Resources the definition does not own (a pub/sub passed in), closed after the workers stop. */
  close?(): Promise<void>;
}

export interface RestartableSubgraph {
  readonly name: string;
  /** `http://127.0.0.1:<port>/graphql`, the same across restarts. */
  readonly url: string;
  running(): boolean;
  /**
   * Takes the subgraph down as a crash looks from the network: every TCP connection — HTTP and
   * WebSocket alike — is destroyed without a close frame, the port stops listening, then its
   * workers are stopped (in this process they cannot be frozen mid-write as a killed process is).
   */
  kill(): Promise<void>;
  /** A fresh instance (new definition, app and workers) on the same port, as a restarted process. */
  restart(): Promise<void>;
  /** Graceful stop (subscriptions closed with 1001, workers drained); for the end of a test. */
  stop(): Promise<void>;
}

export interface RestartableSubgraphOptions {
  /** Builds the subgraph; called again on every restart. */
  create(): Promise<SubgraphInstance>;
  /** The gateway's context-token public key. */
  verifierKey: Awaited<ReturnType<typeof importPublicKey>>;
  logger: Logger;
}

interface Running {
  app: SubgraphApp;
  workers: Worker[];
  sockets: Set<Socket>;
  close?: () => Promise<void>;
}

/**
 * A subgraph served in this process as `startSubgraphServer` serves it, which can be killed
 * and restarted on the same port. The embedded PGlite lives in this process, so a restart
 * here is what a restarted process is on a server database.
 */
export async function startRestartableSubgraph(options: RestartableSubgraphOptions): Promise<RestartableSubgraph> {
  let port = 0;
  let name = '';
  let current: Running | undefined;

  const launch = async (): Promise<void> => {
    const instance = await options.create();
    name = instance.definition.name;
    const app = await createSubgraphApp(instance.definition, {
      logger: options.logger,
      verifier: new ContextTokenVerifier(options.verifierKey, instance.definition.name),
    });
    app.httpServer.keepAliveTimeout = 65_000;
    // Upgraded (WebSocket) connections leave the HTTP server's own bookkeeping: track every socket.
    const sockets = new Set<Socket>();
    app.httpServer.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      app.httpServer.once('error', reject);
      app.httpServer.listen(port, '127.0.0.1', () => resolve());
    });
    port = (app.httpServer.address() as AddressInfo).port;
    const workers = instance.definition.workers ?? [];
    for (const worker of workers) await worker.start();
    current = { app, workers, sockets, ...(instance.close ? { close: instance.close } : {}) };
  };

  const stopWorkers = async (running: Running) => {
    await Promise.allSettled(running.workers.map((worker) => worker.stop()));
    await running.close?.();
  };

  await launch();
  return {
    get name() {
      return name;
    },
    get url() {
      return `http://127.0.0.1:${port}/graphql`;
    },
    running: () => current !== undefined,
    async kill() {
      const running = current;
      if (!running) return;
      current = undefined;
      const closed = new Promise<void>((resolve) => running.app.httpServer.close(() => resolve()));
      for (const socket of running.sockets) socket.destroy();
      await closed;
      await running.app.closeSubscriptions();
      await stopWorkers(running);
      await running.app.apollo.stop().catch(() => undefined);
    },
    async restart() {
      if (current) throw new Error(`${name} is already running`);
      await launch();
    },
    async stop() {
      const running = current;
      if (!running) return;
      current = undefined;
      // Subscriptions end first, so their streams let go of what the workers feed them.
      await running.app.closeSubscriptions();
      await stopWorkers(running);
      await running.app.apollo.stop();
      if (running.app.httpServer.listening) await new Promise<void>((resolve) => running.app.httpServer.close(() => resolve()));
    },
  };
}
