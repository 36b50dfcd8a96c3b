import { eq } from 'drizzle-orm';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import { analyticsConsents } from '../db/schema.js';
import { unlinkFeedback } from '../flywheel/consents.js';

/**
 * The erase function of the `agents.erasure` consumer, in the consumer's transaction: the
 * user's ratings lose their user id (the quality statistics keep them as anonymous figures)
 * and their projected `analytics` decision is deleted. Completions name no user and stay.
 * Its consumer waits (`after`) for `agents.flywheel` to have applied everything before the deletion, so no
 * earlier rating or consent of the user is projected again afterwards. Idempotent: a second
 * delivery changes nothing and reports zeros.
 */
export async function eraseAgentsUser({ userId, tx }: ErasureRequest): Promise<ErasedRows> {
  const consents = await tx.delete(analyticsConsents).where(eq(analyticsConsents.userId, userId)).returning({ id: analyticsConsents.userId });
  return {
    'agents.feedback': await unlinkFeedback(tx, userId),
    'agents.analytics_consents': consents.length,
  };
}
