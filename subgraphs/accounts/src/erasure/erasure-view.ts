import { desc, eq } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { ERASURE_PARTICIPANTS, erasureReportsOf } from '@phoenix/events';
import { erasures, type ErasureRow } from '../db/erasure-schema.js';
import { isUuid } from '../services/users.js';
import type { Erasure } from '../__generated__/resolvers-types.js';

/**
 * The admin view of erasures: one step per participant, DONE once it reported (with the rows
 * it erased per table), PENDING until then. The erasure itself is DONE only once it is
 * finished: every participant reported and the event log was pseudonymised.
 */
export async function erasureViews(db: Database, rows: readonly ErasureRow[]): Promise<Erasure[]> {
  const reports = await erasureReportsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const bySubgraph = new Map((reports.get(row.id) ?? []).map((report) => [report.subgraph, report]));
    return {
      id: row.id,
      requestedAt: row.requestedAt.toISOString(),
      requestedBy: row.requestedBy,
      status: row.finishedAt ? 'DONE' : 'PENDING',
      finishedAt: row.finishedAt?.toISOString() ?? null,
      steps: ERASURE_PARTICIPANTS.map((subgraph) => {
        const report = bySubgraph.get(subgraph);
        return {
          subgraph,
          status: report ? 'DONE' : 'PENDING',
          completedAt: report?.completedAt.toISOString() ?? null,
          rows: Object.entries(report?.rows ?? {})
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([table, count]) => ({ table, rows: count })),
        };
      }),
    };
  });
}

/** The newest `first` erasures. */
export async function listErasures(db: Database, first: number): Promise<Erasure[]> {
  const rows = await db.select().from(erasures).orderBy(desc(erasures.requestedAt), desc(erasures.id)).limit(first);
  return erasureViews(db, rows);
}

/** One erasure by its id (the `user.deleted` event's id); null when there is none. */
export async function findErasure(db: Database, id: string): Promise<Erasure | null> {
  if (!isUuid(id)) return null;
  const rows = await db.select().from(erasures).where(eq(erasures.id, id.toLowerCase())).limit(1);
  return (await erasureViews(db, rows))[0] ?? null;
}
