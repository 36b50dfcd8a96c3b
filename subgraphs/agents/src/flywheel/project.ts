import { eq, lte, sql } from 'drizzle-orm';
import type { Transaction } from '@phoenix/db';
import type { EventEnvelope, EventType } from '@phoenix/events';
import { completions, feedback } from '../db/schema.js';

/** The event types the flywheel consumer applies. */
export const FLYWHEEL_EVENT_TYPES: readonly EventType[] = ['ai.completion_recorded', 'ai.feedback_given', 'user.deleted'];

/**
 * Applies one event to the flywheel tables, idempotently (the consumer delivers at least
 * once): a completion is inserted once; a rating replaces the same user's earlier rating of
 * that completion unless it is older; an erased user's ratings lose their user id.
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
    case 'user.deleted':
      await tx.update(feedback).set({ userId: null }).where(eq(feedback.userId, event.payload.userId));
      return;
    default:
      return;
  }
}
