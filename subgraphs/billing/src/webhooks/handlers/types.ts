import type Stripe from 'stripe';
import type { Transaction } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { StripeAccess } from '../../stripe/access.js';

export interface HandlerContext {
  event: Stripe.Event;
  stripe: StripeAccess;
  logger: Logger;
  now: () => Date;
}

/** The database effects of one event, applied in the transaction that claims the event. */
export type Effect = (tx: Transaction) => Promise<void>;

/**
 * Reads an event (and fetches from Stripe what it lacks) before any transaction opens, so no
 * network call ever holds database locks; returns the effect to apply.
 */
export type StripeEventHandler = (context: HandlerContext) => Promise<Effect>;
