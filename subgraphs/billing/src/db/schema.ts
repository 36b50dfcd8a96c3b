import { boolean, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

export const billing = pgSchema('billing');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tierEnum = billing.enum('tier', ['FREE', 'PREMIUM', 'PREMIUM_PLUS']);

export const subscriptionStatusEnum = billing.enum('subscription_status', [
  'INCOMPLETE',
  'TRIALING',
  'ACTIVE',
  'PAST_DUE',
  'CANCELED',
  'UNPAID',
  'PAUSED',
]);

/** The Stripe customer of each user who opened a checkout or the portal; created once per user. */
export const customers = billing.table('customers', {
  userId: text('user_id').primaryKey(),
  stripeCustomerId: text('stripe_customer_id').notNull().unique(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/**
 * Stripe subscriptions as billing last saw them, one row per subscription. Users without a
 * row are on FREE. Webhooks arrive in any order: `observedAt` is the Stripe time of the state
 * the row holds, and an older observation never overwrites it.
 */
export const subscriptions = billing.table(
  'subscriptions',
  {
    stripeSubscriptionId: text('stripe_subscription_id').primaryKey(),
    userId: text('user_id').notNull(),
    plan: tierEnum('plan').notNull(),
    status: subscriptionStatusEnum('status').notNull(),
    currentPeriodEnd: timestamptz('current_period_end'),
    /** A cancellation is scheduled: the subscription stays active until then. */
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    stripeCustomerId: text('stripe_customer_id'),
    /** Stripe's `created` of the subscription. */
    startedAt: timestamptz('started_at').notNull(),
    endedAt: timestamptz('ended_at'),
    observedAt: timestamptz('observed_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (table) => [index('subscriptions_user_id_idx').on(table.userId), index('subscriptions_status_idx').on(table.status)],
);

/** Every Stripe event applied, recorded in the transaction of its effects so a redelivery does nothing. */
export const stripeEvents = billing.table('stripe_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  /** Stripe's `created` of the event. */
  createdAt: timestamptz('created_at').notNull(),
  processedAt: timestamptz('processed_at').notNull().defaultNow(),
});

/**
 * Stripe customers deleted by an account erasure, as SHA-256 digests of their ids: Stripe
 * events about them that arrive afterwards (the deletion's own, retries of older ones, a
 * reconciliation) are ignored instead of bringing the user's rows back.
 */
export const erasedCustomers = billing.table('erased_customers', {
  customerDigest: text('customer_digest').primaryKey(),
  erasedAt: timestamptz('erased_at').notNull().defaultNow(),
});

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type CustomerRow = typeof customers.$inferSelect;
