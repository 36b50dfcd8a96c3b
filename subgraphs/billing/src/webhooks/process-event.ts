import type Stripe from 'stripe';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import { claimEvent, wasProcessed } from '../store/stripe-events.js';
import type { StripeAccess } from '../stripe/access.js';
import { onCheckoutCompleted } from './handlers/checkout.js';
import { onInvoice } from './handlers/invoice.js';
import { onSubscriptionChanged } from './handlers/subscription.js';
import type { StripeEventHandler } from './handlers/types.js';

const HANDLERS: Readonly<Record<string, StripeEventHandler>> = {
  'checkout.session.completed': onCheckoutCompleted,
  'customer.subscription.created': onSubscriptionChanged,
  'customer.subscription.updated': onSubscriptionChanged,
  'customer.subscription.deleted': onSubscriptionChanged,
  'invoice.paid': onInvoice('paid'),
  'invoice.payment_failed': onInvoice('payment_failed'),
};

/** The Stripe event types billing acts on; others are acknowledged and ignored. */
export const HANDLED_EVENT_TYPES: readonly string[] = Object.keys(HANDLERS);

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

export interface WebhookDependencies {
  db: Database;
  stripe: StripeAccess;
  logger: Logger;
  now?: () => Date;
}

/**
 * Applies a verified Stripe event exactly once: its id is claimed in the same transaction as
 * its effects and billing events, so a redelivery, even a concurrent one, changes nothing.
 * Throws `StripePayloadError` for an object of unexpected shape, and whatever the database or
 * Stripe throws (the caller answers 500 and Stripe retries).
 */
export async function processStripeEvent(deps: WebhookDependencies, event: Stripe.Event): Promise<WebhookOutcome> {
  const handler = HANDLERS[event.type];
  if (!handler) return 'ignored';
  if (await wasProcessed(deps.db, event.id)) return 'duplicate';
  const effect = await handler({ event, stripe: deps.stripe, logger: deps.logger, now: deps.now ?? (() => new Date()) });
  return deps.db.transaction(async (tx) => {
    if (!(await claimEvent(tx, event))) return 'duplicate';
    await effect(tx);
    return 'processed';
  });
}
