import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventHandler, EventType } from '@phoenix/events';
import { unlinkReplyAnalytics } from '../store/analytics.js';
import { isProjectedPurpose, recordAubeScore, recordConsent, recordLetter, recordMood, recordTier } from '../store/projections.js';

/** The name the consumer keeps its offset under. */
export const PROJECTIONS_CONSUMER = 'iris.projections';

/** The events Iris projects: the consents, the tier, and the context of the other apps. Erasure has its own consumer. */
export const PROJECTED_EVENT_TYPES: readonly EventType[] = [
  'user.consent_changed',
  'user.tier_changed',
  'aube.resilience_scored',
  'letters.letter_generated',
  'rise.mood_logged',
];

/**
 * Applies one event, idempotently (delivery is at least once): the `cross_app_context` and
 * `analytics` decisions and the tier are kept unless a newer one is known; the latest Aube
 * score, the letters and the journal moods are kept for replies (used only while the consent
 * is granted). Once a user's latest decision withholds `analytics`, their reply analytics lose
 * the hash `hashUser` gives them.
 */
export function projectEvent(hashUser: (userId: string) => string): EventHandler {
  return async (event: EventEnvelope, tx: Transaction) => {
    switch (event.type) {
      case 'user.consent_changed': {
        const { userId, purpose, granted } = event.payload;
        if (!isProjectedPurpose(purpose)) return;
        const grants = await recordConsent(tx, purpose, userId, granted, event.occurredAt);
        if (purpose === 'analytics' && !grants) await unlinkReplyAnalytics(tx, hashUser(userId));
        return;
      }
      case 'user.tier_changed':
        await recordTier(tx, event.payload.userId, event.payload.tier, event.occurredAt);
        return;
      case 'aube.resilience_scored': {
        const { userId, explorationId, romeCode, score, evolutionType, threatLevel } = event.payload;
        // Anonymous explorations belong to nobody Iris talks to.
        if (userId) await recordAubeScore(tx, userId, { explorationId, romeCode: romeCode ?? null, score, evolutionType, threatLevel, scoredAt: event.occurredAt });
        return;
      }
      case 'letters.letter_generated':
        await recordLetter(tx, { letterId: event.payload.letterId, userId: event.payload.userId, tone: event.payload.tone, wordCount: event.payload.wordCount, generatedAt: event.occurredAt });
        return;
      case 'rise.mood_logged':
        await recordMood(tx, { entryId: event.payload.entryId, userId: event.payload.userId, mood: event.payload.mood, confidence: event.payload.confidence, loggedAt: event.occurredAt });
        return;
      default:
        return;
    }
  };
}
