import type { Express, Request, Response } from 'express';
import type { Database } from '@phoenix/db';
import { scrubError, type Logger } from '@phoenix/logger';
import { recordDownload, reportDocumentOf } from '../services/reports.js';
import { viewOf } from '../services/explorations.js';
import { activeShareById, explorationByReportId } from '../store/explorations.js';
import type { TrustReportDocument } from '../domain/trust-report.js';
import type { ReportLinks, ReportFormat } from './links.js';
import { renderTrustReportPdf } from './pdf.js';

export interface ReportRouteDependencies {
  db: Database;
  links: ReportLinks;
  logger: Logger;
}

const DOWNLOAD = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(pdf|json)$/;

/**
 * HTTP routes serving Trust reports, for links opened outside GraphQL (browsers, mail):
 * `GET /reports/<reportId>.(pdf|json)?expires=&signature=` — the owner's short-lived
 * download, recorded as an export; `GET /reports/shared/<token>` — a share link (PDF, or
 * JSON with `?format=json`), until the owner revokes it. The gateway proxies `/reports/*`.
 */
export function reportRoutes(deps: ReportRouteDependencies) {
  return (app: Express): void => {
    app.get('/reports/shared/:token', (req, res) => void serveShared(deps, req, res));
    app.get('/reports/:file', (req, res) => void serveDownload(deps, req, res));
  };
}

async function serveDownload(deps: ReportRouteDependencies, req: Request, res: Response): Promise<void> {
  try {
    const match = DOWNLOAD.exec(String(req.params.file));
    if (!match) return refuse(res, 404, 'NOT_FOUND', 'No such report.');
    const [, reportId = '', format = 'pdf'] = match;
    const { expires, signature } = req.query;
    if (typeof expires !== 'string' || typeof signature !== 'string' || !deps.links.verifyDownload(reportId, format as ReportFormat, expires, signature)) {
      return refuse(res, 403, 'FORBIDDEN', 'This download link is invalid or has expired; ask for a new one.');
    }
    const row = await explorationByReportId(deps.db, reportId);
    if (!row) return refuse(res, 404, 'NOT_FOUND', 'No such report.');
    const document = reportDocumentOf(viewOf(row));
    await recordDownload(deps.db, row, format as ReportFormat);
    await send(res, document, format as ReportFormat, 'attachment');
  } catch (error) {
    fail(deps.logger, res, error);
  }
}

async function serveShared(deps: ReportRouteDependencies, req: Request, res: Response): Promise<void> {
  try {
    const shareId = deps.links.shareIdOf(String(req.params.token));
    const shared = shareId ? await activeShareById(deps.db, shareId) : undefined;
    if (!shared) return refuse(res, 404, 'NOT_FOUND', 'This share link does not exist or was revoked by its owner.');
    await send(res, reportDocumentOf(viewOf(shared.exploration)), req.query.format === 'json' ? 'json' : 'pdf', 'inline');
  } catch (error) {
    fail(deps.logger, res, error);
  }
}

async function send(res: Response, document: TrustReportDocument, format: ReportFormat, disposition: 'inline' | 'attachment'): Promise<void> {
  const name = `rapport-aube-${document.occupation.code}-${document.reportId.slice(0, 8)}.${format}`;
  res.set({
    'cache-control': 'private, no-store',
    'content-disposition': `${disposition}; filename="${name}"`,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'noindex, nofollow',
  });
  if (format === 'json') {
    res.type('application/json').send(JSON.stringify(document, null, 2));
    return;
  }
  res.type('application/pdf').send(await renderTrustReportPdf(document));
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).set('cache-control', 'no-store').json({ errors: [{ message, extensions: { code } }] });
}

function fail(logger: Logger, res: Response, error: unknown): void {
  logger.error({ err: scrubError(error) }, 'report route failed');
  if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}
