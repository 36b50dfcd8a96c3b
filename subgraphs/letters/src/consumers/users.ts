import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import { eventLog, type EventEnvelope, type EventType } from '@phoenix/events';
import { recordCrossAppConsent } from '../store/consents.js';

/** The name the consumer keeps its offset under. */
export const USERS_CONSUMER = 'letters.users';

/** The accounts events letters projects; `user.deleted` has its own consumer (erasure/erase-user.ts). */
export const USER_EVENT_TYPES: readonly EventType[] = ['user.consent_changed'];

/**
 * Applies an accounts event, idempotently (delivery is at least once): a `cross_app_context`
 * decision is kept unless a newer one is known, or the user was erased.
 */
export async function projectUserEvent(event: EventEnvelope, tx: Transaction): Promise<void> {
  if (event.type !== 'user.consent_changed' || event.payload.purpose !== 'cross_app_context') return;
  const { userId, granted } = event.payload;
  if (await wasErased(tx, userId)) return;
  await recordCrossAppConsent(tx, userId, granted, event.occurredAt);
}

// The two consumers keep their own offsets: a decision read after the erasure must not bring the user back.
async function wasErased(tx: Transaction, userId: string): Promise<boolean> {
  const [erased] = await tx
    .select({ position: eventLog.position })
    .from(eventLog)
    .where(and(eq(eventLog.streamId, userId), eq(eventLog.type, 'user.deleted')))
    .limit(1);
  return erased !== undefined;
}
