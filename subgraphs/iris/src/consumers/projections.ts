import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventHandler, EventType } from '@phoenix/events';
import { eraseUser } from '../store/erasure.js';
import { recordAubeScore, recordConsent, recordLetter, recordMood, recordTier } from '../store/projections.js';

/** The name the consumer keeps its offset under. */
export const PROJECTIONS_CONSUMER = 'iris.projections';

/** The events Iris projects: the consent, the tier, erasure, and the context of the other apps. */
export const PROJECTED_EVENT_TYPES: readonly EventType[] = [
  'user.consent_changed',
  'user.tier_changed',
  'user.deleted',
  'aube.resilience_scored',
  'letters.letter_generated',
  'rise.mood_logged',
];

/**
 * Applies one event, idempotently (delivery is at least once): the `cross_app_context`
 * decision and the tier are kept unless a newer one is known; the latest Aube score, the
 * letters and the journal moods are kept for replies (used only while the consent is
 * granted); an erased user's rows are deleted. `hashUser` gives the analytics hash to clear.
 */
export function projectEvent(hashUser: (userId: string) => string): EventHandler {
  return async (event: EventEnvelope, tx: Transaction) => {
    switch (event.type) {
      case 'user.consent_changed':
        if (event.payload.purpose === 'cross_app_context') await recordConsent(tx, event.payload.userId, event.payload.granted, event.occurredAt);
        return;
      case 'user.tier_changed':
        await recordTier(tx, event.payload.userId, event.payload.tier, event.occurredAt);
        return;
      case 'user.deleted':
        await eraseUser(tx, event.payload.userId, hashUser(event.payload.userId));
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
