import type { DatabaseHandle } from '@phoenix/db';
import { createErasureConsumer, type Consumer } from '@phoenix/events';
import { createLogger, type Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import { loadBillingConfig, stripeSettings, type BillingConfig } from './config.js';
import { createBillingContext, type BillingContext } from './context.js';
import { createBillingEraser } from './erasure/erase-user.js';
import { DataExport } from './export/DataExport.js';
import { Mutation } from './resolvers/Mutation.js';
import { Plan } from './resolvers/Plan.js';
import { Query } from './resolvers/Query.js';
import { User } from './resolvers/User.js';
import { createPaymentServices } from './services/payments.js';
import { createStripeAccess } from './stripe/access.js';
import { mountStripeWebhook } from './webhooks/route.js';

export { BILLING_MIGRATIONS } from './migrations.js';
export { STRIPE_WEBHOOK_PATH } from './webhooks/route.js';

export const billingTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

export interface BillingDependencies {
  database: DatabaseHandle;
  /** Defaults to the process environment (`loadBillingConfig`). */
  config?: BillingConfig;
  logger?: Logger;
}

/** The billing subgraph with its erasure consumer, exposed for tests and tools. */
export interface BillingSubgraph extends SubgraphDefinition<BillingContext> {
  erasure: Consumer;
}

/**
 * The billing subgraph: the plan catalog, each user's subscription, Stripe checkout and
 * portal sessions, the Stripe webhook (`POST /webhooks/stripe`), the user's section of their
 * data export, and the erasure of their billing data (Stripe customer included) on `user.deleted`.
 * Without Stripe keys it still serves plans and subscriptions; checkout and portal answer
 * PAYMENT_PROVIDER_NOT_CONFIGURED.
 */
export async function createBillingSubgraph(deps: BillingDependencies): Promise<BillingSubgraph> {
  const config = deps.config ?? loadBillingConfig();
  const logger = deps.logger ?? createLogger('billing', config.LOG_LEVEL);
  const settings = stripeSettings(config);
  if (!settings) logger.warn('Stripe is not configured (STRIPE_SECRET_KEY unset): checkout and portal are unavailable');
  const stripe = settings && createStripeAccess(settings);
  const db = deps.database.db;
  const payments = createPaymentServices({ db, stripe, logger });
  const erasure = createErasureConsumer({ subgraph: 'billing', database: deps.database, erase: createBillingEraser({ stripe, logger }), logger });
  return {
    name: 'billing',
    typeDefs: billingTypeDefs,
    resolvers: { Query, Mutation, Plan, User, DataExport } as SubgraphDefinition<BillingContext>['resolvers'],
    createContext: createBillingContext(db, payments),
    checkReady: () => deps.database.ping(),
    audit: { database: deps.database },
    // Defence in depth behind the gateway: directives, ownership and partner scope again here.
    shield: true,
    routes: (app) => mountStripeWebhook(app, { db, stripe, logger }),
    workers: [erasure],
    erasure,
  };
}
