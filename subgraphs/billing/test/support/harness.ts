import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal, type Tier } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS, publish, type Consumer } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph, type TestSubgraph } from '@phoenix/subgraph-server/testing';
import { billingEnv } from '../../src/config.js';
import { BILLING_MIGRATIONS, createBillingSubgraph, STRIPE_WEBHOOK_PATH } from '../../src/server.js';
import { startFakeStripe, type FakeStripe } from './fake-stripe/server.js';
import type { StripeObject } from './fake-stripe/objects.js';

export const PRICES = { PREMIUM: 'price_premiumMonthly', PREMIUM_PLUS: 'price_premiumPlusMonthly' } as const;
export const WEBHOOK_SECRET = 'whsec_phoenixTestSecret';
export const SUCCESS_URL = 'https://app.phoenix.test/billing/success?session_id={CHECKOUT_SESSION_ID}';
export const CANCEL_URL = 'https://app.phoenix.test/billing/canceled';
export const PORTAL_RETURN_URL = 'https://app.phoenix.test/account/billing';

export interface Delivery {
  status: number;
  body: { received?: boolean; outcome?: string; errors?: { extensions: { code: string } }[] };
}

export interface DeliveryOptions {
  /** Signature timestamp in seconds; default now. */
  timestamp?: number;
  secret?: string;
  /** Changes the body after signing. */
  tamper?: (payload: string) => string;
}

export interface BillingHarness {
  database: DatabaseHandle;
  billing: TestSubgraph;
  /** The Stripe double; undefined when started without Stripe. */
  stripe: FakeStripe | undefined;
  /** Every log line billing wrote. */
  logs: string[];
  /** Signs `event` as Stripe would and POSTs it to the webhook route. */
  deliver(event: StripeObject, options?: DeliveryOptions): Promise<Delivery>;
  /** Billing events in the log, oldest first. */
  events(type?: string): Promise<{ type: string; streamId: string; payload: Record<string, unknown> }[]>;
  subscriptionRow(stripeSubscriptionId: string): Promise<Record<string, unknown> | undefined>;
  count(table: string): Promise<number>;
  /** The erasure consumer (its loop is not started in tests: call `runOnce`). */
  erasure: Consumer;
  /** Publishes `user.deleted` as accounts would; returns the event's id. */
  deleteUser(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** A signed-in user principal, as the gateway would send it. */
export function userPrincipal(tier: Tier = 'FREE', userId: string = randomUUID()): Principal & { kind: 'user' } {
  return { kind: 'user', userId, tier, roles: [], scopes: scopesForUser(tier, []) };
}

/**
 * A fresh database (events and billing migrated), a Stripe double, and the billing subgraph
 * configured against it on a free port. `withStripe: false` starts billing without keys.
 */
export async function startBilling(options: { withStripe?: boolean } = {}): Promise<BillingHarness> {
  const database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, BILLING_MIGRATIONS);
  const stripe = options.withStripe === false ? undefined : await startFakeStripe();
  const logs: string[] = [];
  const logger = createLogger(
    'billing',
    'info',
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const config = parseConfig('billing', billingEnv, {
    NODE_ENV: 'test',
    ...(stripe
      ? {
          STRIPE_SECRET_KEY: stripe.secretKey,
          STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
          STRIPE_PRICE_PREMIUM: PRICES.PREMIUM,
          STRIPE_PRICE_PREMIUM_PLUS: PRICES.PREMIUM_PLUS,
          STRIPE_CHECKOUT_SUCCESS_URL: SUCCESS_URL,
          STRIPE_CHECKOUT_CANCEL_URL: CANCEL_URL,
          STRIPE_PORTAL_RETURN_URL: PORTAL_RETURN_URL,
          STRIPE_API_URL: stripe.url,
        }
      : {}),
  });
  const subgraph = await createBillingSubgraph({ database, config, logger });
  const billing = await startTestSubgraph({ ...subgraph, workers: [] }, { logger });
  const webhookUrl = billing.url.replace(/\/graphql$/, STRIPE_WEBHOOK_PATH);
  // Only the webhook helpers are used from this client; it never reaches the network.
  const signer = new Stripe('sk_test_signer', { host: '127.0.0.1', port: 9, protocol: 'http' });

  return {
    database,
    billing,
    stripe,
    logs,
    async deliver(event, deliveryOptions = {}) {
      const payload = JSON.stringify(event);
      const header = signer.webhooks.generateTestHeaderString({
        payload,
        secret: deliveryOptions.secret ?? WEBHOOK_SECRET,
        ...(deliveryOptions.timestamp !== undefined ? { timestamp: deliveryOptions.timestamp } : {}),
      });
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header },
        body: deliveryOptions.tamper ? deliveryOptions.tamper(payload) : payload,
      });
      return { status: response.status, body: (await response.json()) as Delivery['body'] };
    },
    async events(type) {
      const rows = await queryRows<{ type: string; stream_id: string; payload: Record<string, unknown> }>(
        database.db,
        type
          ? sql`select type, stream_id, payload from events.log where type = ${type} order by position`
          : sql`select type, stream_id, payload from events.log where type like 'billing.%' order by position`,
      );
      return rows.map((row) => ({ type: row.type, streamId: row.stream_id, payload: row.payload }));
    },
    async subscriptionRow(stripeSubscriptionId) {
      const [row] = await queryRows(
        database.db,
        sql`select user_id, plan::text, status::text, cancel_at_period_end, current_period_end from billing.subscriptions where stripe_subscription_id = ${stripeSubscriptionId}`,
      );
      return row;
    },
    async count(table) {
      const [row] = await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`));
      return row?.n ?? 0;
    },
    erasure: subgraph.erasure,
    async deleteUser(userId) {
      const event = await database.db.transaction((tx) => publish(tx, { type: 'user.deleted', payload: { userId, requestedBy: 'user' } }));
      return event.eventId;
    },
    async close() {
      await billing.stop();
      await stripe?.close();
      await database.close();
    },
  };
}
