import { eq, inArray } from 'drizzle-orm';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import { analyses, crossAppConsents, letterRows, letterVersions, monthlyUsage } from '../db/schema.js';

/**
 * Deletes every letters row of an erased user, in the erasure consumer's transaction: their
 * letters with every version (the CV, the offer and the texts), their ATS, Mirror Match and
 * Coach results, their monthly usage and their `cross_app_context` decision. Deleting what
 * is already gone changes nothing, so a second delivery reports zeros.
 */
export async function eraseUser({ userId, tx }: ErasureRequest): Promise<ErasedRows> {
  const letterIds = tx.select({ id: letterRows.id }).from(letterRows).where(eq(letterRows.userId, userId));
  // Children first, although the foreign keys would cascade: each table reports its own count.
  const versions = await tx.delete(letterVersions).where(inArray(letterVersions.letterId, letterIds)).returning({ letterId: letterVersions.letterId });
  const analysisRows = await tx.delete(analyses).where(eq(analyses.userId, userId)).returning({ id: analyses.id });
  const letters = await tx.delete(letterRows).where(eq(letterRows.userId, userId)).returning({ id: letterRows.id });
  const usage = await tx.delete(monthlyUsage).where(eq(monthlyUsage.userId, userId)).returning({ month: monthlyUsage.month });
  const consents = await tx.delete(crossAppConsents).where(eq(crossAppConsents.userId, userId)).returning({ userId: crossAppConsents.userId });
  return {
    'letters.letters': letters.length,
    'letters.letter_versions': versions.length,
    'letters.analyses': analysisRows.length,
    'letters.monthly_usage': usage.length,
    'letters.cross_app_consents': consents.length,
  };
}
