import express, { type Express, type Response } from 'express';
import { fetch } from 'undici';
import type { ErrorCode } from '@phoenix/errors';
import { bodyErrors } from '@phoenix/http';
import type { Logger } from '@phoenix/logger';

/** The public route Stripe delivers webhooks to. */
export const STRIPE_WEBHOOK_ROUTE = '/webhooks/stripe';

export interface StripeWebhookProxyOptions {
  /** Billing's webhook route, e.g. `http://127.0.0.1:4006/webhooks/stripe`. */
  billingWebhookUrl: string;
  logger: Logger;
  /** How long billing may take to apply the event; default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted; default 1 MB (Stripe events are far smaller). */
  bodyLimit?: string;
}

function refuse(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Mounts `POST /webhooks/stripe`: the body is read raw and forwarded byte for byte with its
 * `stripe-signature` header to billing, which verifies the signature over those exact bytes
 * (so no JSON parser may touch them here). Billing's status and body are relayed to Stripe,
 * which retries anything but 2xx; 502/504 when billing cannot be reached in time. Neither the
 * body nor the signature is logged.
 */
export function mountStripeWebhookProxy(app: Express, options: StripeWebhookProxyOptions): void {
  const { billingWebhookUrl, logger } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const router = express.Router();
  router.post(STRIPE_WEBHOOK_ROUTE, express.raw({ type: 'application/json', limit: options.bodyLimit ?? '1mb' }), async (req, res) => {
    if (!Buffer.isBuffer(req.body)) return refuse(res, 400, 'BAD_REQUEST', 'Expected a JSON Stripe event.');
    const signature = req.get('stripe-signature');
    const started = performance.now();
    try {
      const upstream = await fetch(billingWebhookUrl, {
        method: 'POST',
        headers: { 'content-type': req.get('content-type') ?? 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
        body: req.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      logger.info({ status: upstream.status, ms: Math.round(performance.now() - started) }, 'stripe webhook forwarded to billing');
      res.status(upstream.status).type(upstream.headers.get('content-type') ?? 'application/json').send(body);
    } catch (error) {
      // AbortSignal.timeout rejects with a DOMException, which is not an Error in every realm.
      const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
      logger.warn({ reason: timedOut ? 'timeout' : 'unreachable', ms: Math.round(performance.now() - started) }, 'stripe webhook not delivered to billing');
      refuse(res, timedOut ? 504 : 502, 'SUBGRAPH_UNAVAILABLE', 'Billing could not take the event; Stripe will retry.');
    }
  });
  router.use(bodyErrors);
  app.use(router);
}
