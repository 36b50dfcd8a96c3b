import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import Stripe from 'stripe';
import { BILLING_MIGRATIONS, createBillingSubgraph, STRIPE_WEBHOOK_PATH } from '@phoenix/billing';
import { billingEnv } from '@phoenix/billing/config';
import { parseConfig } from '@phoenix/config';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createLogger } from '@phoenix/logger';
import { startTestSubgraph } from '@phoenix/subgraph-server/testing';

export interface StripeToTierOptions {
  /** Where the webhooks are POSTed: billing's `/webhooks/stripe`, or the gateway's. */
  webhookUrl: string;
  /** The `STRIPE_WEBHOOK_SECRET` billing verifies with. */
  webhookSecret: string;
  /** The database billing writes to; each commit is confirmed there. */
  database: DatabaseHandle;
  /** A price billing maps to a paid plan (one of `STRIPE_PRICE_PREMIUM`). */
  priceId: string;
  count: number;
  /** Deliveries in flight at once; default 1, which measures latency rather than throughput. */
  concurrency?: number;
  /** Called once a delivery's subscription row and event are confirmed, e.g. to wait on for the tier through the gateway. */
  onCommitted?(sample: StripeToTierSample): Promise<void>;
}

export interface StripeToTierSample {
  userId: string;
  stripeSubscriptionId: string;
  /** From sending the webhook to billing's 200, which billing sends only after the row and the event committed. */
  receivedToCommittedMs: number;
}

export interface StripeToTierResult {
  count: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  samples: StripeToTierSample[];
}

/**
 * Measures webhook receipt → subscription row and `billing.subscription_activated` committed:
 * sends `count` signed `customer.subscription.created` events (active, one new user each),
 * times each until billing's 200, then checks the row and the event exist. No Stripe API is
 * needed: subscription events carry the whole subscription.
 */
export async function measureStripeToSubscription(options: StripeToTierOptions): Promise<StripeToTierResult> {
  const { count } = options;
  if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
  const samples: StripeToTierSample[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const sample = await deliverOne(options);
      samples.push(sample);
      await options.onCommitted?.(sample);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, count)) }, worker));
  const sorted = samples.map((sample) => sample.receivedToCommittedMs).sort((a, b) => a - b);
  return { count, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1)!, samples };
}

async function deliverOne(options: StripeToTierOptions): Promise<StripeToTierSample> {
  const userId = randomUUID();
  const event = subscriptionCreatedEvent(userId, options.priceId);
  const payload = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret });
  const started = performance.now();
  const response = await fetch(options.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  const receivedToCommittedMs = round(performance.now() - started);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}: ${body}`);
  const stripeSubscriptionId = event.data.object.id;
  const [row] = await queryRows<{ rows: number; events: number }>(
    options.database.db,
    sql`select
          (select count(*)::int from billing.subscriptions where stripe_subscription_id = ${stripeSubscriptionId} and status = 'ACTIVE') as rows,
          (select count(*)::int from events.log where type = 'billing.subscription_activated' and stream_id = ${userId}) as events`,
  );
  if (row?.rows !== 1 || row.events !== 1) throw new Error(`subscription ${stripeSubscriptionId} was acknowledged but not committed`);
  return { userId, stripeSubscriptionId, receivedToCommittedMs };
}

/** A signed-able `customer.subscription.created` event: an active subscription of `userId` to `priceId`. */
export function subscriptionCreatedEvent(userId: string, priceId: string) {
  const now = Math.floor(Date.now() / 1000);
  const id = `sub_bench${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  return {
    id: `evt_bench${randomUUID().replaceAll('-', '').slice(0, 16)}`,
    object: 'event',
    type: 'customer.subscription.created',
    created: now,
    api_version: Stripe.API_VERSION,
    livemode: false,
    data: {
      object: {
        id,
        object: 'subscription',
        status: 'active',
        customer: `cus_bench${userId.replaceAll('-', '').slice(0, 12)}`,
        created: now,
        cancel_at_period_end: false,
        cancel_at: null,
        ended_at: null,
        metadata: { userId },
        items: { object: 'list', data: [{ id: `si_bench${now}`, price: { id: priceId }, current_period_end: now + 30 * 86_400 }] },
      },
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * Boots billing in-process on a fresh database (in-memory PGlite, or a throwaway database on
 * the `DATABASE_URL` server, dropped afterwards) and measures `count` deliveries.
 */
export async function runStripeToSubscriptionBench(count = 200): Promise<Omit<StripeToTierResult, 'samples'>> {
  const database = await createTestDatabase();
  const webhookSecret = 'whsec_benchSecret';
  const priceId = 'price_benchPremium';
  try {
    await migrateSchema(database, EVENTS_MIGRATIONS);
    await migrateSchema(database, AUDIT_MIGRATIONS);
    await migrateSchema(database, BILLING_MIGRATIONS);
    const config = parseConfig('billing', billingEnv, {
      NODE_ENV: 'test',
      STRIPE_SECRET_KEY: 'sk_test_bench',
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      STRIPE_PRICE_PREMIUM: priceId,
      STRIPE_PRICE_PREMIUM_PLUS: 'price_benchPremiumPlus',
    });
    const logger = createLogger('billing', 'silent');
    const billing = await startTestSubgraph(await createBillingSubgraph({ database, config, logger }), { logger });
    try {
      const webhookUrl = billing.url.replace(/\/graphql$/, STRIPE_WEBHOOK_PATH);
      const { samples: _samples, ...summary } = await measureStripeToSubscription({ webhookUrl, webhookSecret, database, priceId, count });
      return summary;
    } finally {
      await billing.stop();
    }
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 200);
  const result = await runStripeToSubscriptionBench(count);
  console.log(`Stripe webhook → subscription + event committed, ${result.count} deliveries: median ${result.medianMs} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
}
