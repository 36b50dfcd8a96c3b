import { notFound } from '@phoenix/errors';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { requireUser } from '../authz.js';
import type { AubeContext } from '../context.js';
import type { ExplorationRow } from '../db/schema.js';
import { buildTrustReport, type TrustReportDocument } from '../domain/trust-report.js';
import type { ReportFormat } from '../report/links.js';
import { ensureShare, explorationByReportId, revokeShares } from '../store/explorations.js';
import { viewOf, type ExplorationView } from './explorations.js';

/** The Trust report of an exploration, as the API shows it. */
export interface TrustReportView {
  exploration: ExplorationView;
}

/** The report document of an exploration (also what the PDF is drawn from). */
export function reportDocumentOf(exploration: ExplorationView): TrustReportDocument {
  return buildTrustReport({
    reportId: exploration.reportId,
    explorationId: exploration.id,
    createdAt: exploration.createdAt,
    inputs: exploration.inputs,
    result: exploration.result,
  });
}

async function ownedReport(context: AubeContext, reportId: string): Promise<{ userId: string; row: ExplorationRow }> {
  const userId = requireUser(context.principal);
  const row = await explorationByReportId(context.db, reportId);
  if (!row || row.userId !== userId) throw notFound('No such report.');
  return { userId, row };
}

/** Creates the report's share link (or keeps the active one); a new link is an export by link. */
export async function shareReport(context: AubeContext, reportId: string): Promise<TrustReportView> {
  const { userId, row } = await ownedReport(context, reportId);
  await context.db.transaction(async (tx) => {
    const { created } = await ensureShare(tx, row.id, userId);
    if (created) {
      await publish(tx, { type: 'aube.report_exported', payload: { userId, explorationId: row.id, reportId: row.reportId, format: 'link' }, correlationId: row.id });
    }
  });
  context.loaders.activeShare.clear(row.id);
  return { exploration: viewOf(row) };
}

/** Revokes the report's share link; the link answers NOT_FOUND from then on. */
export async function revokeShare(context: AubeContext, reportId: string): Promise<TrustReportView> {
  const { row } = await ownedReport(context, reportId);
  await context.db.transaction((tx) => revokeShares(tx, row.id));
  context.loaders.activeShare.clear(row.id);
  return { exploration: viewOf(row) };
}

/** Records that the owner downloaded their report. */
export async function recordDownload(db: Database, row: ExplorationRow, format: ReportFormat): Promise<void> {
  await db.transaction(async (tx) => {
    await publish(tx, { type: 'aube.report_exported', payload: { userId: row.userId, explorationId: row.id, reportId: row.reportId, format }, correlationId: row.id });
  });
}
