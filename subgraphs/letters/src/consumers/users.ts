import { eq } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventType } from '@phoenix/events';
import { analyses, crossAppConsents, letterRows, monthlyUsage } from '../db/schema.js';
import { recordCrossAppConsent } from '../store/consents.js';

/** The name the consumer keeps its offset under. */
export const USERS_CONSUMER = 'letters.users';

/** The accounts events letters applies. */
export const USER_EVENT_TYPES: readonly EventType[] = ['user.consent_changed', 'user.deleted'];

/**
 * Applies an accounts event, idempotently (delivery is at least once): a `cross_app_context`
 * decision is kept unless a newer one is known; an erased user's letters, versions, analyses,
 * usage and consent are deleted.
 */
export async function projectUserEvent(event: EventEnvelope, tx: Transaction): Promise<void> {
  switch (event.type) {
    case 'user.consent_changed':
      if (event.payload.purpose === 'cross_app_context') await recordCrossAppConsent(tx, event.payload.userId, event.payload.granted, event.occurredAt);
      return;
    case 'user.deleted': {
      const { userId } = event.payload;
      // Versions and letter analyses go with their letter (ON DELETE CASCADE).
      await tx.delete(letterRows).where(eq(letterRows.userId, userId));
      await tx.delete(analyses).where(eq(analyses.userId, userId));
      await tx.delete(monthlyUsage).where(eq(monthlyUsage.userId, userId));
      await tx.delete(crossAppConsents).where(eq(crossAppConsents.userId, userId));
      return;
    }
    default:
      return;
  }
}
