import { lte, sql } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventType } from '@phoenix/events';
import { completions, feedback } from '../db/schema.js';
import { grantsAnalytics, recordAnalyticsConsent, unlinkFeedback } from './consents.js';

/** The name the flywheel consumer keeps its offset under. */
export const FLYWHEEL_CONSUMER = 'agents.flywheel';

/** The event types the flywheel consumer applies. Erasure has its own consumer. */
export const FLYWHEEL_EVENT_TYPES: readonly EventType[] = ['ai.completion_recorded', 'ai.feedback_given', 'user.consent_changed'];

/**
 * Applies one event to the flywheel tables, idempotently (the consumer delivers at least
 * once), in log order, so a rating meets the `analytics` decision in force when it was given:
 *
 * - a completion is inserted once, whoever it served: the event names no user (ids, a prompt
 *   hash, tokens, latency, provider), so its Green-AI and quality figures are not personal
 *   data and count for everyone;
 * - a rating is what a person did, so the flywheel keeps it only from a user who grants
 *   `analytics` as it is applied: it then replaces the same user's earlier rating of that
 *   completion unless older. Without the consent the rating is dropped — neither stored with
 *   the user id nor counted anonymously in the quality statistics;
 * - an `analytics` decision is projected; once it no longer grants, the user's stored ratings
 *   lose their user id and stay only as anonymous figures.
 */
export async function projectFlywheelEvent(event: EventEnvelope, tx: Transaction): Promise<void> {
  switch (event.type) {
    case 'ai.completion_recorded': {
      const p = event.payload;
      await tx
        .insert(completions)
        .values({
          completionId: p.completionId,
          task: p.task,
          provider: p.provider,
          model: p.model,
          variant: p.variant ?? null,
          tier: p.tier ?? null,
          source: event.source,
          tokensIn: p.tokensIn,
          tokensOut: p.tokensOut,
          latencyMs: p.latencyMs,
          grounding: p.grounding ?? null,
          fallbackReason: p.fallbackReason ?? null,
          occurredAt: event.occurredAt,
        })
        .onConflictDoNothing();
      return;
    }
    case 'ai.feedback_given': {
      const p = event.payload;
      if (!(await grantsAnalytics(tx, p.userId))) return;
      const rating = { rating: p.rating, reason: p.reason ?? null, givenAt: event.occurredAt };
      await tx
        .insert(feedback)
        .values({ completionId: p.completionId, userId: p.userId, ...rating })
        .onConflictDoUpdate({
          target: [feedback.completionId, feedback.userId],
          set: { rating: sql`excluded.rating`, reason: sql`excluded.reason`, givenAt: sql`excluded.given_at` },
          setWhere: lte(feedback.givenAt, sql`excluded.given_at`),
        });
      return;
    }
    case 'user.consent_changed': {
      const { userId, purpose, granted } = event.payload;
      if (purpose !== 'analytics') return;
      if (!(await recordAnalyticsConsent(tx, userId, granted, event.occurredAt))) await unlinkFeedback(tx, userId);
      return;
    }
    default:
      return;
  }
}
