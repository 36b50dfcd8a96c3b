import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig } from '@phoenix/config';
import { createTestDatabase, migrateSchema, type DatabaseHandle, type MigrationTarget } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair } from '@phoenix/keys';
import { createLogger, type Logger } from '@phoenix/logger';
import { PUBSUB_MIGRATIONS } from '@phoenix/pubsub';
import type { RunningSubgraph, SubgraphContext, SubgraphDefinition } from '@phoenix/subgraph-server';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs, createAccountsSubgraph } from '@phoenix/accounts';
import { accountsEnv } from '@phoenix/accounts/config';
import { AGENTS_MIGRATIONS, agentsTypeDefs, createAgentsSubgraph } from '@phoenix/agents';
import { agentsEnv } from '@phoenix/agents/config';
import { parseAiConfig } from '@phoenix/ai';
import { AUBE_MIGRATIONS, aubeTypeDefs, createAubeSubgraph, prepareAubeDatabase } from '@phoenix/aube';
import { aubeEnv } from '@phoenix/aube/config';
import { BILLING_MIGRATIONS, billingTypeDefs, createBillingSubgraph } from '@phoenix/billing';
import { billingEnv } from '@phoenix/billing/config';
import { IRIS_MIGRATIONS, irisTypeDefs, createIrisSubgraph } from '@phoenix/iris';
import { irisEnv } from '@phoenix/iris/config';
import { LETTERS_MIGRATIONS, createLettersSubgraph, lettersTypeDefs } from '@phoenix/letters';
import { lettersEnv } from '@phoenix/letters/config';
import { RISE_MIGRATIONS, createRiseSubgraph, riseTypeDefs } from '@phoenix/rise';
import { riseEnv } from '@phoenix/rise/config';
import type { PhoenixGateway } from '@phoenix/gateway';
import type { DocumentNode } from 'graphql';
import { startTestGateway, startTestSubgraph } from './test-services.js';

/** Every line the stack's services logged, as written (after the loggers' own redaction). */
export class LogCapture {
  readonly lines: string[] = [];
  private pending = '';

  readonly stream = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      const text = this.pending + chunk.toString('utf8');
      const parts = text.split('\n');
      this.pending = parts.pop() ?? '';
      this.lines.push(...parts.filter((line) => line.length > 0));
      done();
    },
  });

  logger(service: string): Logger {
    return createLogger(service, 'debug', this.stream);
  }
}

export interface FullStackOptions {
  /** The Stripe API the billing subgraph talks to (the local Stripe test server). */
  stripe: { url: string; secretKey: string; webhookSecret: string };
}

export interface FullStack {
  database: DatabaseHandle;
  /** `http://…/graphql` of the gateway. */
  gatewayUrl: string;
  logs: LogCapture;
  stop(): Promise<void>;
}

interface StartedDefinition {
  name: string;
  typeDefs: DocumentNode;
  migrations: MigrationTarget;
  create(): Promise<SubgraphDefinition<SubgraphContext>>;
}

/**
 * Every subgraph of the supergraph and the gateway in this process on one test database,
 * each service logging at debug level into one capture: what `npm start` runs, with keys,
 * ports and Stripe of the test's own.
 */
export async function startFullStack(options: FullStackOptions): Promise<FullStack> {
  const logs = new LogCapture();
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-full-stack-'));
  const database = await createTestDatabase();
  const running: RunningSubgraph[] = [];
  let gateway: PhoenixGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.allSettled(running.map((subgraph) => subgraph.stop()));
    await database.close();
    await rm(directory, { recursive: true, force: true });
  };
  try {
    const test = { NODE_ENV: 'test' };
    const aiConfig = parseAiConfig({ AI_LOCAL_CHUNK_DELAY_MS: '0' });
    const as = (definition: unknown) => definition as SubgraphDefinition<SubgraphContext>;
    const subgraphs: StartedDefinition[] = [
      {
        name: 'accounts',
        typeDefs: accountsTypeDefs,
        migrations: ACCOUNTS_MIGRATIONS,
        create: async () =>
          as(await createAccountsSubgraph({ database, config: parseConfig('accounts', accountsEnv, test), logger: logs.logger('accounts'), keysDirectory: directory })),
      },
      {
        name: 'aube',
        typeDefs: aubeTypeDefs,
        migrations: AUBE_MIGRATIONS,
        create: async () => {
          await prepareAubeDatabase(database, logs.logger('aube'), { seed: true });
          return as(await createAubeSubgraph({ database, config: parseConfig('aube', aubeEnv, test), logger: logs.logger('aube'), keysDirectory: directory }));
        },
      },
      {
        name: 'letters',
        typeDefs: lettersTypeDefs,
        migrations: LETTERS_MIGRATIONS,
        create: async () => as(await createLettersSubgraph({ database, config: parseConfig('letters', lettersEnv, test), aiConfig, logger: logs.logger('letters') })),
      },
      {
        name: 'rise',
        typeDefs: riseTypeDefs,
        migrations: RISE_MIGRATIONS,
        create: async () => as(await createRiseSubgraph({ database, config: parseConfig('rise', riseEnv, test), aiConfig, logger: logs.logger('rise') })),
      },
      {
        name: 'iris',
        typeDefs: irisTypeDefs,
        migrations: IRIS_MIGRATIONS,
        create: async () =>
          as(await createIrisSubgraph({ database, config: parseConfig('iris', irisEnv, { ...test, IRIS_REPLY_POLL_MS: '250' }), aiConfig, logger: logs.logger('iris') })),
      },
      {
        name: 'billing',
        typeDefs: billingTypeDefs,
        migrations: BILLING_MIGRATIONS,
        create: async () =>
          as(
            await createBillingSubgraph({
              database,
              logger: logs.logger('billing'),
              config: parseConfig('billing', billingEnv, {
                ...test,
                STRIPE_SECRET_KEY: options.stripe.secretKey,
                STRIPE_WEBHOOK_SECRET: options.stripe.webhookSecret,
                STRIPE_PRICE_PREMIUM: 'price_premiumMonthly',
                STRIPE_PRICE_PREMIUM_PLUS: 'price_premiumPlusMonthly',
                STRIPE_API_URL: options.stripe.url,
              }),
            }),
          ),
      },
      {
        name: 'agents',
        typeDefs: agentsTypeDefs,
        migrations: AGENTS_MIGRATIONS,
        // No health targets: the checks are not what this stack is for.
        create: async () => as(await createAgentsSubgraph({ database, config: parseConfig('agents', agentsEnv, { ...test, AGENTS_HEALTH_TARGETS: '' }), logger: logs.logger('agents') })),
      },
    ];
    for (const target of [EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, PUBSUB_MIGRATIONS, ...subgraphs.map((subgraph) => subgraph.migrations)]) await migrateSchema(database, target);

    const contextKeys = await generatePemKeyPair();
    for (const subgraph of subgraphs) running.push(await startTestSubgraph(await subgraph.create(), { logger: logs.logger(subgraph.name), contextKeys }));
    const urlOf = (name: string) => running[subgraphs.findIndex((subgraph) => subgraph.name === name)]!.url;
    const started = await startTestGateway({
      logger: logs.logger('gateway'),
      contextKeys,
      subgraphs: subgraphs.map((subgraph) => ({ name: subgraph.name, url: urlOf(subgraph.name), typeDefs: subgraph.typeDefs })),
      env: { BILLING_WEBHOOK_URL: urlOf('billing').replace('/graphql', '/webhooks/stripe') },
      directory,
    });
    gateway = started.gateway;
    return { database, gatewayUrl: started.url, logs, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
