import { z } from 'zod';
import type { SubscriptionState } from './subscription-state.js';
import { fromStripeStatus, isPaidTier, type PaidTier, type SubscriptionStatus } from './subscription-status.js';

/** A signed Stripe object that does not have the shape billing relies on. */
export class StripePayloadError extends Error {
  constructor(
    readonly objectType: string,
    readonly problems: string[],
  ) {
    super(`Unexpected Stripe ${objectType}: ${problems.join('; ')}`);
    this.name = 'StripePayloadError';
  }
}

// Stripe ids are a prefix and letters/digits (`sub_1Mow…`); checkout sessions also carry `_test_`.
const stripeId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9]+$`));
const expandable = (prefix: string) =>
  z.union([stripeId(prefix), z.object({ id: stripeId(prefix) })]).transform((value) => (typeof value === 'string' ? value : value.id));
const metadata = z.record(z.string(), z.string()).nullish();
const seconds = z.number().int().nonnegative();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const subscriptionObject = z.object({
  id: stripeId('sub'),
  status: z.string(),
  customer: expandable('cus'),
  created: seconds,
  cancel_at_period_end: z.boolean(),
  cancel_at: seconds.nullish(),
  ended_at: seconds.nullish(),
  // Webhook endpoints pinned to an API version before 2025-03-31 still send the period here.
  current_period_end: seconds.optional(),
  metadata,
  items: z.object({
    data: z.array(z.object({ price: z.object({ id: z.string() }), current_period_end: seconds.optional() })).min(1),
  }),
});

const invoiceObject = z.object({
  id: stripeId('in'),
  customer: expandable('cus').nullish(),
  currency: z.string(),
  amount_paid: z.number().int().nonnegative(),
  amount_due: z.number().int().nonnegative(),
  attempt_count: z.number().int().nonnegative(),
  parent: z.object({ subscription_details: z.object({ subscription: expandable('sub'), metadata }).nullish() }).nullish(),
  // Before API 2025-03-31 the subscription was a top-level field.
  subscription: expandable('sub').nullish(),
});

const checkoutSessionObject = z.object({
  id: z.string().regex(/^cs_[A-Za-z0-9_]+$/),
  mode: z.string(),
  customer: expandable('cus').nullish(),
  subscription: expandable('sub').nullish(),
  client_reference_id: z.string().nullish(),
  metadata,
});

/** The parts of a Stripe subscription billing uses. */
export interface SubscriptionFacts {
  stripeSubscriptionId: string;
  stripeCustomerId: string;
  status: SubscriptionStatus;
  priceIds: string[];
  /** `metadata.userId`, set by our checkout; absent when not a user id. */
  userId: string | undefined;
  /** `metadata.plan`, set by our checkout; the price decides when it is known. */
  metadataPlan: PaidTier | undefined;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  startedAt: Date;
  endedAt: Date | null;
}

/** The parts of a Stripe invoice billing uses. */
export interface InvoiceFacts {
  stripeInvoiceId: string;
  stripeCustomerId: string | undefined;
  stripeSubscriptionId: string | undefined;
  userId: string | undefined;
  amountPaidCents: number;
  amountDueCents: number;
  /** Upper case, e.g. `EUR`. */
  currency: string;
  attemptCount: number;
}

/** The parts of a completed Checkout Session billing uses. */
export interface CheckoutFacts {
  checkoutSessionId: string;
  mode: string;
  stripeCustomerId: string | undefined;
  stripeSubscriptionId: string | undefined;
  userId: string | undefined;
}

/** Reads a Stripe subscription object; throws {@link StripePayloadError}. */
export function parseSubscription(object: unknown): SubscriptionFacts {
  const sub = parse('subscription', subscriptionObject, object);
  const status = fromStripeStatus(sub.status);
  if (!status) throw new StripePayloadError('subscription', [`status "${sub.status}" is unknown`]);
  const periodEnds = sub.items.data.map((item) => item.current_period_end ?? sub.current_period_end);
  const periodEnd = Math.max(...periodEnds.filter((end): end is number => end !== undefined));
  if (!Number.isFinite(periodEnd)) throw new StripePayloadError('subscription', ['current_period_end is missing']);
  return {
    stripeSubscriptionId: sub.id,
    stripeCustomerId: sub.customer,
    status,
    priceIds: sub.items.data.map((item) => item.price.id),
    userId: userIdFrom(sub.metadata),
    metadataPlan: isPaidTier(sub.metadata?.plan) ? sub.metadata.plan : undefined,
    currentPeriodEnd: fromSeconds(periodEnd),
    // Stripe schedules an end-of-period cancellation with either field, depending on the API version and the tool used.
    cancelAtPeriodEnd: status !== 'CANCELED' && (sub.cancel_at_period_end || sub.cancel_at != null),
    startedAt: fromSeconds(sub.created),
    endedAt: sub.ended_at == null ? null : fromSeconds(sub.ended_at),
  };
}

/** Reads a Stripe invoice object; throws {@link StripePayloadError}. */
export function parseInvoice(object: unknown): InvoiceFacts {
  const invoice = parse('invoice', invoiceObject, object);
  const details = invoice.parent?.subscription_details;
  return {
    stripeInvoiceId: invoice.id,
    stripeCustomerId: invoice.customer ?? undefined,
    stripeSubscriptionId: details?.subscription ?? invoice.subscription ?? undefined,
    userId: userIdFrom(details?.metadata),
    amountPaidCents: invoice.amount_paid,
    amountDueCents: invoice.amount_due,
    currency: invoice.currency.toUpperCase(),
    attemptCount: invoice.attempt_count,
  };
}

/** Reads a Stripe Checkout Session object; throws {@link StripePayloadError}. */
export function parseCheckoutSession(object: unknown): CheckoutFacts {
  const session = parse('checkout session', checkoutSessionObject, object);
  return {
    checkoutSessionId: session.id,
    mode: session.mode,
    stripeCustomerId: session.customer ?? undefined,
    stripeSubscriptionId: session.subscription ?? undefined,
    userId: userIdFrom({ userId: session.client_reference_id ?? session.metadata?.userId ?? '' }),
  };
}

/** The paid plan of a subscription: its price when configuration knows it, else the plan our checkout recorded. */
export function planOfSubscription(facts: SubscriptionFacts, planOfPrice: (priceId: string) => PaidTier | undefined): PaidTier | undefined {
  for (const priceId of facts.priceIds) {
    const plan = planOfPrice(priceId);
    if (plan) return plan;
  }
  return facts.metadataPlan;
}

/** The state to record for a subscription whose user and plan are known. */
export function toSubscriptionState(facts: SubscriptionFacts, owner: { userId: string; plan: PaidTier }, observedAt: Date): SubscriptionState {
  return {
    stripeSubscriptionId: facts.stripeSubscriptionId,
    userId: owner.userId,
    plan: owner.plan,
    status: facts.status,
    currentPeriodEnd: facts.currentPeriodEnd,
    cancelAtPeriodEnd: facts.cancelAtPeriodEnd,
    stripeCustomerId: facts.stripeCustomerId,
    startedAt: facts.startedAt,
    endedAt: facts.endedAt,
    observedAt,
  };
}

/**
 * When a state fetched from Stripe was observed: now, in Stripe's whole seconds, and never
 * before the event that led to the fetch.
 */
export function fetchedAt(now: Date, notBefore?: Date): Date {
  const seconds = Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Math.max(seconds, notBefore?.getTime() ?? 0));
}

/** Stripe timestamps are whole seconds. */
export function fromSeconds(seconds: number): Date {
  return new Date(seconds * 1000);
}

function userIdFrom(data: Record<string, string> | null | undefined): string | undefined {
  const userId = data?.userId;
  return userId && UUID.test(userId) ? userId.toLowerCase() : undefined;
}

function parse<T>(objectType: string, schema: z.ZodType<T>, object: unknown): T {
  const result = schema.safeParse(object);
  if (result.success) return result.data;
  // Paths and rules only: a payload value may be personal data.
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(object)'}: ${issue.code}`);
  throw new StripePayloadError(objectType, problems);
}
