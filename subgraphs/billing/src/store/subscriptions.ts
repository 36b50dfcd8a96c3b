import { eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { subscriptions, type SubscriptionRow } from '../db/schema.js';
import { entitlementChange, entitlementEvent, entitlementOf, type EntitlementChange } from '../domain/entitlement.js';
import { applyInvoiceOutcome, mergeObservation, sameVisibleState, type InvoiceOutcome, type SubscriptionState } from '../domain/subscription-state.js';
import { isPaidTier } from '../domain/subscription-status.js';

/** What recording an observation did. */
export interface RecordOutcome {
  /** The stored state changed in a way users see (not only its observation time). */
  changed: boolean;
  /** The entitlement change announced as a billing event, if any. */
  announced: EntitlementChange | undefined;
}

const NOTHING: RecordOutcome = { changed: false, announced: undefined };

/**
 * Records a full observation of a subscription (webhook, fetch or reconciliation) and, in the
 * same transaction, publishes what it did to the user's entitlement.
 */
export function recordSubscription(tx: Transaction, incoming: SubscriptionState, causationId?: string): Promise<RecordOutcome> {
  return transition(tx, incoming.stripeSubscriptionId, incoming.userId, (stored) => mergeObservation(stored, incoming), causationId);
}

/** Applies an invoice outcome to a known subscription; an unknown one is left to its own events. */
export function recordInvoiceOutcome(
  tx: Transaction,
  stripeSubscriptionId: string,
  outcome: InvoiceOutcome,
  observedAt: Date,
  causationId?: string,
): Promise<RecordOutcome> {
  return transition(tx, stripeSubscriptionId, undefined, (stored) => stored && applyInvoiceOutcome(stored, outcome, observedAt), causationId);
}

/**
 * Serialises changes to one user's billing rows until the transaction ends: webhooks,
 * reconciliation and erasure take it before reading what they will change.
 */
export async function lockUser(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`billing:user:${userId}`}))`);
}

/** The user a subscription belongs to, if billing knows it. */
export async function userOfSubscription(db: Database | Transaction, stripeSubscriptionId: string): Promise<string | undefined> {
  const [row] = await db.select({ userId: subscriptions.userId }).from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return row?.userId;
}

/** Every subscription of the given users, grouped by user. */
export async function subscriptionsOfUsers(db: Database | Transaction, userIds: readonly string[]): Promise<Map<string, SubscriptionState[]>> {
  const rows = userIds.length === 0 ? [] : await db.select().from(subscriptions).where(inArray(subscriptions.userId, [...userIds]));
  const byUser = new Map<string, SubscriptionState[]>();
  for (const state of rows.flatMap(toState)) byUser.set(state.userId, [...(byUser.get(state.userId) ?? []), state]);
  return byUser;
}

async function transition(
  tx: Transaction,
  stripeSubscriptionId: string,
  userIdHint: string | undefined,
  next: (stored: SubscriptionState | undefined) => SubscriptionState | undefined,
  causationId: string | undefined,
): Promise<RecordOutcome> {
  const userId = (await userOfSubscription(tx, stripeSubscriptionId)) ?? userIdHint;
  if (!userId) return NOTHING;
  // One user's subscriptions change one transaction at a time, so the entitlement read
  // before and after is exact even when Stripe delivers two events at once.
  await lockUser(tx, userId);
  const states = (await subscriptionsOfUsers(tx, [userId])).get(userId) ?? [];
  const stored = states.find((state) => state.stripeSubscriptionId === stripeSubscriptionId);
  const updated = next(stored);
  if (!updated) return NOTHING;
  await upsert(tx, updated);
  const after = [...states.filter((state) => state !== stored), updated];
  const change = entitlementChange(entitlementOf(states), entitlementOf(after), updated.endedAt ?? updated.observedAt);
  if (change) await publish(tx, entitlementEvent(userId, change, causationId));
  return { changed: !stored || !sameVisibleState(stored, updated), announced: change };
}

async function upsert(tx: Transaction, state: SubscriptionState): Promise<void> {
  const { stripeSubscriptionId: _key, userId: _owner, ...changes } = state;
  await tx
    .insert(subscriptions)
    .values({ ...state, updatedAt: new Date() })
    .onConflictDoUpdate({ target: subscriptions.stripeSubscriptionId, set: { ...changes, updatedAt: new Date() } });
}

// A row whose plan is not a paid one cannot come from Stripe; it is not a subscription to act on.
function toState(row: SubscriptionRow): SubscriptionState[] {
  const { updatedAt: _updatedAt, plan, ...rest } = row;
  return isPaidTier(plan) ? [{ ...rest, plan }] : [];
}
