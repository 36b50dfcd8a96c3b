import express, { type Express, type Response } from 'express';
import Stripe from 'stripe';
import type { Database } from '@phoenix/db';
import type { ErrorCode } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';
import { StripePayloadError } from '../domain/stripe-objects.js';
import type { StripeAccess } from '../stripe/access.js';
import { processStripeEvent } from './process-event.js';

/** Where Stripe (through the gateway) delivers webhooks. */
export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

export interface WebhookRouteDependencies {
  db: Database;
  /** Undefined when Stripe is not configured: deliveries get 503 and Stripe retries them later. */
  stripe: StripeAccess | undefined;
  logger: Logger;
}

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * `POST /webhooks/stripe`. No context token here: Stripe's signature over the exact bytes
 * received is the authentication, so the body is kept raw until it is verified. Answers 200
 * once the event's effects are committed (or when it is a duplicate or a type billing
 * ignores), 400 for a bad signature or payload (nothing changed), 500 when applying failed.
 */
export function mountStripeWebhook(app: Express, deps: WebhookRouteDependencies): void {
  const { logger } = deps;
  app.post(STRIPE_WEBHOOK_PATH, express.raw({ type: 'application/json', limit: '1mb' }), async (req, res) => {
    const { stripe } = deps;
    if (!stripe) return refuse(res, 503, 'PAYMENT_PROVIDER_NOT_CONFIGURED', 'Payments are not configured on this server.');
    const signature = req.get('stripe-signature');
    if (!Buffer.isBuffer(req.body) || !signature) return refuse(res, 400, 'BAD_REQUEST', 'Expected a signed JSON Stripe event.');

    let event: Stripe.Event;
    try {
      event = stripe.client.webhooks.constructEvent(req.body, signature, stripe.settings.webhookSecret, stripe.settings.webhookToleranceSeconds);
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw error;
      logger.warn({ reason: error.message }, 'stripe webhook refused: signature');
      return refuse(res, 400, 'BAD_REQUEST', 'The Stripe signature does not match this payload.');
    }

    const started = performance.now();
    try {
      const outcome = await processStripeEvent({ db: deps.db, stripe, logger }, event);
      logger.info({ eventId: event.id, type: event.type, outcome, ms: Math.round(performance.now() - started) }, 'stripe webhook');
      res.json({ received: true, outcome });
    } catch (error) {
      if (error instanceof StripePayloadError) {
        logger.warn({ eventId: event.id, type: event.type, problems: error.problems }, 'stripe webhook refused: payload');
        return refuse(res, 400, 'BAD_REQUEST', 'The Stripe event does not have the expected shape.');
      }
      logger.error({ eventId: event.id, type: event.type, err: scrubError(error) }, 'stripe webhook failed; Stripe will retry');
      refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  });
}
