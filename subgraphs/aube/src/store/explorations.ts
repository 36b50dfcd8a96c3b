import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { explorations, reportShares, type ExplorationRow, type ReportShareRow } from '../db/schema.js';

export type NewExploration = typeof explorations.$inferInsert;

/** Stores a signed-in user's exploration. */
export async function insertExploration(tx: Transaction, row: NewExploration): Promise<ExplorationRow> {
  const [inserted] = await tx.insert(explorations).values(row).returning();
  if (!inserted) throw new Error('exploration insert returned no row');
  return inserted;
}

/** Explorations by id, in no particular order. */
export function explorationsByIds(db: Database, ids: readonly string[]): Promise<ExplorationRow[]> {
  return db.select().from(explorations).where(inArray(explorations.id, [...ids]));
}

/** The exploration a Trust report belongs to. */
export async function explorationByReportId(db: Database | Transaction, reportId: string): Promise<ExplorationRow | undefined> {
  const [row] = await db.select().from(explorations).where(eq(explorations.reportId, reportId));
  return row;
}

/** A user's explorations, newest first. */
export function explorationsOfUser(db: Database, userId: string, first: number): Promise<ExplorationRow[]> {
  return db.select().from(explorations).where(eq(explorations.userId, userId)).orderBy(desc(explorations.createdAt), desc(explorations.id)).limit(first);
}

/** Records the target job chosen for an exploration. */
export async function recordChoice(tx: Transaction, id: string, code: string): Promise<ExplorationRow> {
  const [row] = await tx.update(explorations).set({ chosenCode: code, chosenAt: new Date() }).where(eq(explorations.id, id)).returning();
  if (!row) throw new Error('exploration vanished while recording a choice');
  return row;
}

/** Active (not revoked) share links of the given explorations. */
export function activeShares(db: Database, explorationIds: readonly string[]): Promise<ReportShareRow[]> {
  return db
    .select()
    .from(reportShares)
    .where(and(inArray(reportShares.explorationId, [...explorationIds]), isNull(reportShares.revokedAt)));
}

/** Creates the exploration's share link unless one is active; returns the active one and whether it is new. */
export async function ensureShare(tx: Transaction, explorationId: string, userId: string): Promise<{ share: ReportShareRow; created: boolean }> {
  const [created] = await tx.insert(reportShares).values({ explorationId, userId }).onConflictDoNothing().returning();
  if (created) return { share: created, created: true };
  const [existing] = await tx
    .select()
    .from(reportShares)
    .where(and(eq(reportShares.explorationId, explorationId), isNull(reportShares.revokedAt)));
  if (!existing) throw new Error('share link neither created nor found');
  return { share: existing, created: false };
}

/** Revokes the exploration's active share links; returns how many. */
export async function revokeShares(tx: Transaction, explorationId: string): Promise<number> {
  const revoked = await tx
    .update(reportShares)
    .set({ revokedAt: new Date() })
    .where(and(eq(reportShares.explorationId, explorationId), isNull(reportShares.revokedAt)))
    .returning({ id: reportShares.id });
  return revoked.length;
}

/** The share and its exploration, when the share exists and is not revoked. */
export async function activeShareById(db: Database, shareId: string): Promise<{ share: ReportShareRow; exploration: ExplorationRow } | undefined> {
  const [row] = await db
    .select({ share: reportShares, exploration: explorations })
    .from(reportShares)
    .innerJoin(explorations, eq(explorations.id, reportShares.explorationId))
    .where(and(eq(reportShares.id, shareId), isNull(reportShares.revokedAt)));
  return row;
}
