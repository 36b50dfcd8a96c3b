import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { analyses, type AnalysisRow } from '../db/schema.js';

export type AnalysisKind = AnalysisRow['kind'];

/** Stores an analysis, in the caller's transaction. */
export async function insertAnalysis(tx: Transaction, analysis: typeof analyses.$inferInsert): Promise<AnalysisRow> {
  const [row] = await tx.insert(analyses).values(analysis).returning();
  if (!row) throw new Error('analyses insert returned no row');
  return row;
}

/** The latest analysis of one kind for each letter, in one statement. */
export async function latestAnalysesOfLetters(db: Database | Transaction, letterIds: readonly string[], kind: AnalysisKind): Promise<AnalysisRow[]> {
  if (letterIds.length === 0) return [];
  return db
    .selectDistinctOn([analyses.letterId])
    .from(analyses)
    .where(and(inArray(analyses.letterId, [...letterIds]), eq(analyses.kind, kind)))
    .orderBy(analyses.letterId, desc(analyses.createdAt), desc(analyses.id));
}
