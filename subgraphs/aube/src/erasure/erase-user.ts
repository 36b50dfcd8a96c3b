import { eq } from 'drizzle-orm';
import type { ErasedRows, ErasureRequest } from '@phoenix/events';
import { explorations, reportShares } from '../db/schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Deletes everything aube keeps about the user: their saved explorations (inputs, scores,
 * chosen career) and their Trust reports' share links, so every link they gave out stops
 * working. Reports and PDFs are drawn from the exploration on each request and never stored,
 * and anonymous explorations were never kept. A second delivery finds nothing and reports zeros.
 */
export async function eraseAubeUser({ userId, tx }: Pick<ErasureRequest, 'userId' | 'tx'>): Promise<ErasedRows> {
  if (!UUID.test(userId)) return { 'aube.report_shares': 0, 'aube.explorations': 0 };
  // Shares first: deleting the explorations would cascade to them uncounted.
  const shares = await tx.delete(reportShares).where(eq(reportShares.userId, userId)).returning({ id: reportShares.id });
  const explored = await tx.delete(explorations).where(eq(explorations.userId, userId)).returning({ id: explorations.id });
  return { 'aube.report_shares': shares.length, 'aube.explorations': explored.length };
}
