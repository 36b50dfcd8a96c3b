import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@phoenix/config';
import { createTestDatabase, migrateSchema, openDatabase, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair, importPublicKey, type PemKeyPair } from '@phoenix/keys';
import { createLogger, type Logger } from '@phoenix/logger';
import { createPubSub, PUBSUB_MIGRATIONS, type PubSub } from '@phoenix/pubsub';
import type { RunningSubgraph, SubgraphContext, SubgraphDefinition } from '@phoenix/subgraph-server';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs } from '@phoenix/accounts';
import { parseAiConfig } from '@phoenix/ai';
import { createIrisSubgraph, IRIS_MIGRATIONS, irisTypeDefs } from '@phoenix/iris';
import { irisEnv } from '@phoenix/iris/config';
import type { PhoenixGateway } from '@phoenix/gateway';
import { startRestartableSubgraph, type RestartableSubgraph } from '@phoenix/subgraph-server/testing';
import { startTestAccounts, startTestGateway } from './test-services.js';

/** One iris process of the stack: its subgraph, and how many reply subscriptions its pub/sub has opened per topic. */
export interface IrisInstance {
  subgraph: RestartableSubgraph;
  /** Subscriptions this instance has opened on a pub/sub `topic` since its last start. */
  opened(topic: string): number;
  /** Resolves once `opened(topic)` reaches `count`. */
  listening(topic: string, count: number, timeoutMs?: number): Promise<void>;
}

export interface StackGateway {
  /** `http://…/graphql` */
  url: string;
  /** `ws://…/graphql` */
  wsUrl: string;
  gateway: PhoenixGateway;
  stop(): Promise<void>;
}

export interface IrisChatStack {
  database: DatabaseHandle;
  accounts: RunningSubgraph;
  /** Starts another iris process on the stack's database (its own connections on a server). */
  startIris(): Promise<IrisInstance>;
  /** Starts a gateway whose supergraph routes iris to `iris` (accounts is shared). */
  startGateway(iris: IrisInstance): Promise<StackGateway>;
  stop(): Promise<void>;
}

export interface IrisChatStackOptions {
  /** `AI_LOCAL_CHUNK_DELAY_MS` of the local engine: how long a reply takes to stream. */
  chunkDelayMs: number;
  /** Extra gateway environment (e.g. `GATEWAY_WS_UPSTREAM_RETRIES`). */
  gatewayEnv?: Record<string, string>;
  /** Extra iris environment. */
  irisEnv?: Record<string, string>;
}

/**
 * The real services of an Iris chat on one database — accounts, iris (as many processes as
 * asked, each restartable on its port) and gateways in front of them — in this process, with
 * their own keys: the shape of a deployment, as the premium-upgrade journey builds it. On the
 * embedded PGlite every service shares the one handle; with DATABASE_URL each iris instance
 * opens its own connections, as separate processes would.
 */
export async function startIrisChatStack(options: IrisChatStackOptions): Promise<IrisChatStack> {
  const logger = createLogger('journey', 'silent');
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-iris-chat-'));
  const database = await createTestDatabase();
  const opened: DatabaseHandle[] = [];
  const irisInstances: RestartableSubgraph[] = [];
  const gateways: StackGateway[] = [];
  let accounts: RunningSubgraph | undefined;
  const stop = async () => {
    await Promise.allSettled(gateways.map((gateway) => gateway.stop()));
    await Promise.allSettled(irisInstances.map((iris) => iris.stop()));
    await accounts?.stop();
    await Promise.allSettled(opened.map((handle) => handle.close()));
    await database.close();
    await rm(directory, { recursive: true, force: true });
  };
  try {
    for (const target of [EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, PUBSUB_MIGRATIONS, ACCOUNTS_MIGRATIONS, IRIS_MIGRATIONS]) await migrateSchema(database, target);
    const contextKeys = await generatePemKeyPair();
    const verifierKey = await importPublicKey(contextKeys.publicKeyPem);
    accounts = await startTestAccounts({ database, logger, contextKeys });
    const running = accounts;
    const irisConfig = parseConfig('iris', irisEnv, { NODE_ENV: 'test', IRIS_REPLY_POLL_MS: '250', ...options.irisEnv });
    const aiConfig = parseAiConfig({ AI_LOCAL_CHUNK_DELAY_MS: String(options.chunkDelayMs) });

    return {
      database,
      accounts: running,
      async startIris() {
        const handle = await ownHandle(database, opened);
        const topics = new TopicCounter();
        const subgraph = await startRestartableSubgraph({
          verifierKey,
          logger,
          async create() {
            topics.reset();
            const pubsub = topics.observe(createPubSub({ database: handle, logger }));
            const definition = await createIrisSubgraph({ database: handle, config: irisConfig, aiConfig, logger, pubsub });
            return { definition: definition as unknown as SubgraphDefinition<SubgraphContext>, close: () => pubsub.close() };
          },
        });
        irisInstances.push(subgraph);
        return { subgraph, opened: (topic) => topics.count(topic), listening: (topic, count, timeoutMs = 60_000) => topics.waitFor(topic, count, timeoutMs) };
      },
      async startGateway(iris) {
        const gateway = await startGateway({ directory, accounts: running, iris: iris.subgraph, contextKeys, logger, env: options.gatewayEnv ?? {} });
        gateways.push(gateway);
        return gateway;
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** A handle of its own on the stack's database: new connections on a server, the one session of PGlite. */
async function ownHandle(database: DatabaseHandle, opened: DatabaseHandle[]): Promise<DatabaseHandle> {
  if (!database.url) return database;
  const handle = await openDatabase({ url: database.url, maxConnections: 5 });
  opened.push(handle);
  return handle;
}

async function startGateway(context: {
  directory: string;
  accounts: RunningSubgraph;
  iris: RestartableSubgraph;
  contextKeys: PemKeyPair;
  logger: Logger;
  env: Record<string, string>;
}): Promise<StackGateway> {
  const { gateway, url } = await startTestGateway({
    logger: context.logger,
    contextKeys: context.contextKeys,
    subgraphs: [
      { name: 'accounts', url: context.accounts.url, typeDefs: accountsTypeDefs },
      { name: 'iris', url: context.iris.url, typeDefs: irisTypeDefs },
    ],
    env: context.env,
    directory: await mkdtemp(join(context.directory, 'gateway-')),
  });
  let stopped: Promise<void> | undefined;
  return { url, wsUrl: url.replace(/^http/, 'ws'), gateway, stop: () => (stopped ??= gateway.stop()) };
}

/** Counts the subscriptions a pub/sub opens per topic, so tests wait for listeners instead of sleeping. */
class TopicCounter {
  private counts = new Map<string, number>();

  count(topic: string): number {
    return this.counts.get(topic) ?? 0;
  }

  reset(): void {
    this.counts = new Map();
  }

  observe(inner: PubSub): PubSub {
    const counts = () => this.counts;
    return {
      publish: (topic, payload) => inner.publish(topic, payload),
      async subscribe<T>(topic: string) {
        const subscription = await inner.subscribe<T>(topic);
        counts().set(topic, (counts().get(topic) ?? 0) + 1);
        return subscription;
      },
      close: () => inner.close(),
    };
  }

  async waitFor(topic: string, count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.counts.get(topic) ?? 0) < count) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${count} subscription(s) on ${topic}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
