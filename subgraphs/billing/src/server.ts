import type { DatabaseHandle } from '@phoenix/db';
import { createLogger, type Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import { loadBillingConfig, stripeSettings, type BillingConfig } from './config.js';
import { createBillingContext, type BillingContext } from './context.js';
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

/**
 * The billing subgraph: the plan catalog, each user's subscription, Stripe checkout and
 * portal sessions, and the Stripe webhook (`POST /webhooks/stripe`). Without Stripe keys it
 * still serves plans and subscriptions; checkout and portal answer PAYMENT_PROVIDER_NOT_CONFIGURED.
 */
export async function createBillingSubgraph(deps: BillingDependencies): Promise<SubgraphDefinition<BillingContext>> {
  const config = deps.config ?? loadBillingConfig();
  const logger = deps.logger ?? createLogger('billing', config.LOG_LEVEL);
  const settings = stripeSettings(config);
  if (!settings) logger.warn('Stripe is not configured (STRIPE_SECRET_KEY unset): checkout and portal are unavailable');
  const stripe = settings && createStripeAccess(settings);
  const db = deps.database.db;
  const payments = createPaymentServices({ db, stripe, logger });
  return {
    name: 'billing',
    typeDefs: billingTypeDefs,
    resolvers: { Query, Mutation, Plan, User } as SubgraphDefinition<BillingContext>['resolvers'],
    createContext: createBillingContext(db, payments),
    checkReady: () => deps.database.ping(),
    // Defence in depth behind the gateway: directives, ownership and partner scope again here.
    shield: true,
    routes: (app) => mountStripeWebhook(app, { db, stripe, logger }),
  };
}
