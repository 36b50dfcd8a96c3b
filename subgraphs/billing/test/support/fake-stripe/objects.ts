import { randomBytes } from 'node:crypto';

/** A JSON object as Stripe returns it. */
export type StripeObject = Record<string, unknown> & { id: string; object: string };

/** The API version the installed `stripe` package speaks; webhook payloads carry it. */
export const API_VERSION = '2026-10-28.endive';

/** An id shaped like Stripe's: prefix, underscore, letters and digits. */
export function stripeId(prefix: string): string {
  const suffix = randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 20);
  return `${prefix}_${suffix}`;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

const MONTH_SECONDS = 30 * 24 * 3600;

export interface SubscriptionInit {
  customer: string;
  price: string;
  status?: string;
  metadata?: Record<string, string>;
  created?: number;
}

/** A subscription object as API version 2026-10-28 shapes it: the period lives on its item. */
export function subscriptionObject(init: SubscriptionInit): StripeObject {
  const id = stripeId('sub');
  const created = init.created ?? nowSeconds();
  return {
    id,
    object: 'subscription',
    status: init.status ?? 'active',
    customer: init.customer,
    created,
    start_date: created,
    currency: 'eur',
    cancel_at_period_end: false,
    cancel_at: null,
    canceled_at: null,
    ended_at: null,
    collection_method: 'charge_automatically',
    latest_invoice: null,
    livemode: false,
    metadata: init.metadata ?? {},
    items: {
      object: 'list',
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
      data: [
        {
          id: stripeId('si'),
          object: 'subscription_item',
          created,
          current_period_start: created,
          current_period_end: created + MONTH_SECONDS,
          quantity: 1,
          subscription: id,
          metadata: {},
          price: { id: init.price, object: 'price', currency: 'eur', recurring: { interval: 'month', interval_count: 1 } },
        },
      ],
    },
  };
}

export interface InvoiceInit {
  subscription: StripeObject;
  amountCents: number;
  attemptCount?: number;
  paid: boolean;
  billingReason?: string;
}

/** An invoice of a subscription; since API 2025-03-31 the subscription sits under `parent`. */
export function invoiceObject(init: InvoiceInit): StripeObject {
  return {
    id: stripeId('in'),
    object: 'invoice',
    customer: init.subscription.customer,
    currency: 'eur',
    amount_due: init.amountCents,
    amount_paid: init.paid ? init.amountCents : 0,
    amount_remaining: init.paid ? 0 : init.amountCents,
    attempt_count: init.attemptCount ?? 1,
    billing_reason: init.billingReason ?? 'subscription_cycle',
    status: init.paid ? 'paid' : 'open',
    created: nowSeconds(),
    livemode: false,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { subscription: init.subscription.id, metadata: init.subscription.metadata },
    },
  };
}

/** A webhook event around a snapshot of `object`. */
export function eventObject(type: string, object: StripeObject, options: { created?: number; id?: string } = {}): StripeObject {
  return {
    id: options.id ?? stripeId('evt'),
    object: 'event',
    api_version: API_VERSION,
    created: options.created ?? nowSeconds(),
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}
