import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import { ACCOUNTS_MIGRATIONS, accountsTypeDefs, createAccountsSubgraph } from '@phoenix/accounts';
import { accountsEnv } from '@phoenix/accounts/config';
import { parseAiConfig } from '@phoenix/ai';
import { AUBE_MIGRATIONS, aubeTypeDefs, createAubeSubgraph, prepareAubeDatabase } from '@phoenix/aube';
import { aubeEnv } from '@phoenix/aube/config';
import { BILLING_MIGRATIONS, billingTypeDefs, createBillingSubgraph, STRIPE_WEBHOOK_PATH } from '@phoenix/billing';
import { billingEnv } from '@phoenix/billing/config';
import { parseConfig } from '@phoenix/config';
import { migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { generatePemKeyPair, importPublicKey, type PemKeyPair } from '@phoenix/keys';
import { LETTERS_MIGRATIONS, createLettersSubgraph, lettersTypeDefs } from '@phoenix/letters';
import { lettersEnv } from '@phoenix/letters/config';
import { createLogger, type Logger } from '@phoenix/logger';
import type { SubgraphContext, SubgraphDefinition } from '@phoenix/subgraph-server';
import { openStackDatabase, type DatabaseKind, type StackDatabase } from './database.js';
import { startRestartableSubgraph, type RestartableSubgraph } from '@phoenix/subgraph-server/testing';

export const STACK_SUBGRAPHS = ['accounts', 'aube', 'letters', 'billing'] as const;
export type StackSubgraphName = (typeof STACK_SUBGRAPHS)[number];

/** Billing's Stripe settings in a stack: signed webhooks are accepted, the Stripe API is never called. */
export const STACK_STRIPE = {
  webhookSecret: 'whsec_phoenixStack',
  pricePremium: 'price_stackPremium',
  pricePremiumPlus: 'price_stackPremiumPlus',
} as const;

export interface PhoenixStackOptions {
  database: DatabaseKind;
  /** The PostgreSQL server for `database: 'postgres'` (a throw-away database is created on it). */
  serverUrl?: string;
  /** Every SQL statement any subgraph runs, for counting. */
  onQuery?: (sql: string) => void;
  logger?: Logger;
}

export interface PhoenixStack {
  database: StackDatabase;
  subgraphs: Record<StackSubgraphName, RestartableSubgraph>;
  /** The composed supergraph of the stack's subgraphs, on their ports. */
  supergraphPath: string;
  contextKeys: PemKeyPair;
  /** A throw-away directory of this stack (keys, gateway data), removed on stop. */
  directory: string;
  /** Billing's Stripe webhook endpoint (direct, not through the gateway). */
  stripeWebhookUrl: string;
  stop(): Promise<void>;
}

/**
 * The Phoenix subgraphs a dashboard spans — accounts, aube (with the shipped catalogue),
 * letters (local AI engine), billing — on one fresh database, each on its own loopback port
 * in this process, with production settings and their own keys, and the supergraph composed
 * from them. The gateway is started separately (in this process or as its own).
 */
export async function startPhoenixStack(options: PhoenixStackOptions): Promise<PhoenixStack> {
  const logger = options.logger ?? createLogger('stack', 'silent');
  const directory = await mkdtemp(join(tmpdir(), 'phoenix-stack-'));
  const database = await openStackDatabase({
    kind: options.database,
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    ...(options.onQuery ? { onQuery: options.onQuery } : {}),
  });
  const started: RestartableSubgraph[] = [];
  try {
    for (const target of [EVENTS_MIGRATIONS, AUDIT_MIGRATIONS, ACCOUNTS_MIGRATIONS, AUBE_MIGRATIONS, LETTERS_MIGRATIONS, BILLING_MIGRATIONS]) await migrateSchema(database.main, target);
    await prepareAubeDatabase(database.main, logger, { seed: true });

    const contextKeys = await generatePemKeyPair();
    const verifierKey = await importPublicKey(contextKeys.publicKeyPem);
    const accessKeys = await generatePemKeyPair();
    const factories = subgraphFactories({ logger, directory, accessKeys });
    const subgraphs = {} as Record<StackSubgraphName, RestartableSubgraph>;
    for (const name of STACK_SUBGRAPHS) {
      const handle = await database.forService(name);
      const subgraph = await startRestartableSubgraph({ create: async () => ({ definition: await factories[name](handle) }), verifierKey, logger });
      started.push(subgraph);
      subgraphs[name] = subgraph;
    }

    const supergraphPath = join(directory, 'supergraph.graphql');
    await writeFile(supergraphPath, composeStack(subgraphs));
    return {
      database,
      subgraphs,
      supergraphPath,
      contextKeys,
      directory,
      stripeWebhookUrl: subgraphs.billing.url.replace(/\/graphql$/, STRIPE_WEBHOOK_PATH),
      async stop() {
        await Promise.allSettled(started.map((subgraph) => subgraph.stop()));
        await database.close();
        await rm(directory, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((subgraph) => subgraph.stop()));
    await database.close().catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

type Factory = (database: DatabaseHandle) => Promise<SubgraphDefinition<SubgraphContext>>;

function subgraphFactories(context: { logger: Logger; directory: string; accessKeys: PemKeyPair }): Record<StackSubgraphName, Factory> {
  const { logger, directory, accessKeys } = context;
  const production = { NODE_ENV: 'production', LOG_LEVEL: 'silent' };
  const accountsConfig = parseConfig('accounts', accountsEnv, {
    ...production,
    ACCESS_TOKEN_PRIVATE_KEY: accessKeys.privateKeyPem,
    ACCESS_TOKEN_PUBLIC_KEY: accessKeys.publicKeyPem,
  });
  const aubeConfig = parseConfig('aube', aubeEnv, { ...production, AUBE_REPORT_LINK_SECRET: randomBytes(32).toString('hex') });
  const lettersConfig = parseConfig('letters', lettersEnv, production);
  // The local engine without its streaming delay: letters are written as fast as the CPU allows.
  const aiConfig = parseAiConfig({ AI_LOCAL_CHUNK_DELAY_MS: '0' });
  const billingConfig = parseConfig('billing', billingEnv, {
    ...production,
    STRIPE_SECRET_KEY: 'sk_test_phoenixStack',
    STRIPE_WEBHOOK_SECRET: STACK_STRIPE.webhookSecret,
    STRIPE_PRICE_PREMIUM: STACK_STRIPE.pricePremium,
    STRIPE_PRICE_PREMIUM_PLUS: STACK_STRIPE.pricePremiumPlus,
    // Nothing here calls Stripe: subscription webhooks carry the whole subscription.
    STRIPE_API_URL: 'http://127.0.0.1:9',
    STRIPE_CHECKOUT_SUCCESS_URL: 'https://phoenix.example/checkout/success',
    STRIPE_CHECKOUT_CANCEL_URL: 'https://phoenix.example/checkout/cancel',
    STRIPE_PORTAL_RETURN_URL: 'https://phoenix.example/account',
  });
  const asDefinition = (definition: unknown) => definition as SubgraphDefinition<SubgraphContext>;
  return {
    accounts: async (database) => asDefinition(await createAccountsSubgraph({ database, config: accountsConfig, logger, keysDirectory: directory })),
    aube: async (database) => asDefinition(await createAubeSubgraph({ database, config: aubeConfig, logger, keysDirectory: directory })),
    letters: async (database) => asDefinition(await createLettersSubgraph({ database, config: lettersConfig, aiConfig, logger })),
    billing: async (database) => asDefinition(await createBillingSubgraph({ database, config: billingConfig, logger })),
  };
}

const TYPE_DEFS: Record<StackSubgraphName, DocumentNode> = {
  accounts: accountsTypeDefs,
  aube: aubeTypeDefs,
  letters: lettersTypeDefs,
  billing: billingTypeDefs,
};

function composeStack(subgraphs: Record<StackSubgraphName, RestartableSubgraph>): string {
  const composed = composeServices(STACK_SUBGRAPHS.map((name) => ({ name, url: subgraphs[name].url, typeDefs: TYPE_DEFS[name] })));
  if (composed.errors) throw new Error(`the stack's subgraphs do not compose:\n${composed.errors.map((error) => error.message).join('\n')}`);
  return composed.supergraphSdl;
}
