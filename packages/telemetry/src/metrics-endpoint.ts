import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '@phoenix/logger';
import type { TelemetrySettings } from './config.js';
import { collectProcessMetrics, registry } from './metrics.js';

/** What the routes need of an express app. */
export interface RouteTarget {
  get(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): unknown;
}

export type OperationalAccess = 'open' | 'token' | 'off';

/**
 * Who may read operational endpoints (`/metrics`, `/health/slo`): with `METRICS_TOKEN`, only
 * requests with `Authorization: Bearer <token>`; without it, anyone outside production and
 * no one in production (the endpoints answer 404, as if absent).
 */
export function operationalAccess(settings: TelemetrySettings): OperationalAccess {
  if (settings.metricsToken) return 'token';
  return settings.production ? 'off' : 'open';
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the request may read operational data; otherwise the refusal is already sent. */
export function admitOperational(req: IncomingMessage, res: ServerResponse, settings: TelemetrySettings): boolean {
  const access = operationalAccess(settings);
  if (access === 'open') return true;
  if (access === 'off' || !settings.metricsToken) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
    return false;
  }
  const header = req.headers.authorization ?? '';
  const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  // Digests have one length, so the comparison takes the same time whatever was sent.
  if (timingSafeEqual(digest(presented), digest(settings.metricsToken))) return true;
  res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' }).end(JSON.stringify({ error: 'unauthorized' }));
  return false;
}

/** `GET /metrics`: the process's metrics in the Prometheus text format, behind {@link admitOperational}. */
export function mountMetrics(app: RouteTarget, settings: TelemetrySettings, logger: Logger): void {
  if (operationalAccess(settings) === 'off') logger.warn('METRICS_TOKEN is not set: /metrics is not served in production');
  collectProcessMetrics();
  app.get('/metrics', async (req, res) => {
    if (!admitOperational(req, res, settings)) return;
    try {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      logger.error({ err: error }, 'metrics collection failed');
      res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics collection failed\n');
    }
  });
}
