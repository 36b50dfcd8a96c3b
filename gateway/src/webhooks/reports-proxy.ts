import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { Express, Request, Response } from 'express';
import type { Logger } from '@phoenix/logger';

export const REPORTS_ROUTE_PREFIX = '/reports/';

export interface ReportsProxyOptions {
  /** Aube's reports base, e.g. http://aube:4002/reports. */
  reportsUrl: string;
  logger: Logger;
  timeoutMs?: number;
}

const FORWARDED_HEADERS = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'etag', 'last-modified'];

/**
 * Mounts `GET /reports/*`: Trust report downloads and share links, served by aube and
 * reached only through the gateway's origin. The links carry their own signature, which aube
 * checks; the gateway forwards the path and query untouched and relays the answer.
 */
export function mountReportsProxy(app: Express, options: ReportsProxyOptions): void {
  const base = options.reportsUrl.replace(/\/$/, '');
  app.get(/^\/reports\/.+/, async (req: Request, res: Response) => {
    const target = `${base}${req.originalUrl.slice('/reports'.length)}`;
    try {
      const upstream = await fetch(target, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000), redirect: 'manual' });
      res.status(upstream.status);
      for (const name of FORWARDED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      res.setHeader('x-content-type-options', 'nosniff');
      if (!upstream.body) {
        res.end();
        return;
      }
      Readable.fromWeb(upstream.body as ReadableStream).pipe(res);
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      options.logger.warn({ reason: timedOut ? 'timeout' : 'unreachable' }, 'reports proxy could not reach aube');
      res.status(timedOut ? 504 : 502).json({ errors: [{ message: 'Reports are unavailable right now.', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
    }
  });
}
