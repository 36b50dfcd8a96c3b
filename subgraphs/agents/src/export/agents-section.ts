import { desc, eq } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { analyticsConsents, completions, feedback, type CompletionRow } from '../db/schema.js';

/**
 * Everything agents holds about a user, for the right of access (its JSON Schema:
 * `agentsExportSchema`): the ratings they gave, newest first, each with the figures of the
 * completion rated (completions name no user: a rating is their only link to one), and their
 * `analytics` decision as the flywheel last learnt it.
 */
export async function agentsSection(db: Database, userId: string) {
  const [ratings, [consent]] = await Promise.all([
    db
      .select({ rating: feedback, completion: completions })
      .from(feedback)
      .leftJoin(completions, eq(completions.completionId, feedback.completionId))
      .where(eq(feedback.userId, userId))
      .orderBy(desc(feedback.givenAt), desc(feedback.id)),
    db.select().from(analyticsConsents).where(eq(analyticsConsents.userId, userId)),
  ]);
  return {
    feedback: ratings.map(({ rating, completion }) => ({
      completionId: rating.completionId,
      rating: rating.rating,
      reason: rating.reason,
      givenAt: rating.givenAt.toISOString(),
      completion: completion ? exportedCompletion(completion) : null,
    })),
    analyticsConsent: consent ? { granted: consent.granted, decidedAt: consent.decidedAt.toISOString() } : null,
  };
}

export type AgentsSection = Awaited<ReturnType<typeof agentsSection>>;

function exportedCompletion(row: CompletionRow) {
  return {
    task: row.task,
    provider: row.provider,
    model: row.model,
    variant: row.variant,
    tier: row.tier,
    source: row.source,
    tokensIn: row.tokensIn,
    tokensOut: row.tokensOut,
    latencyMs: row.latencyMs,
    grounding: row.grounding,
    fallbackReason: row.fallbackReason,
    occurredAt: row.occurredAt.toISOString(),
  };
}
