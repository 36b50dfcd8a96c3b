import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { metrics } from './metrics.js';
import { withServiceSpan } from './tracing.js';

export type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

// Route families, so labels stay bounded whatever paths clients send.
const ROUTES = ['/graphql', '/webhooks', '/reports', '/internal', '/.well-known'];
// Probes and scrapes: frequent, never interesting as traces or request metrics.
const IGNORED = ['/metrics', '/health'];

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function startsWithSegment(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

export function routeFamily(path: string): string {
  return ROUTES.find((route) => startsWithSegment(path, route)) ?? 'other';
}

/**
 * Express middleware, mounted first: counts and times every request by route family, and
 * when `tracer` is set opens the request's SERVER span, continuing the caller's W3C trace
 * (`traceparent`), and makes it the active context for everything the request does —
 * the body parser's stream events included.
 */
export function httpTelemetry(service: string, tracer: Tracer | undefined): Middleware {
  return (req, res, next) => {
    const path = pathOf(req);
    if (IGNORED.some((prefix) => startsWithSegment(path, prefix))) return next();
    const route = routeFamily(path);
    const method = req.method ?? 'GET';
    const started = performance.now();
    res.once('finish', () => {
      metrics.httpRequests.inc({ service, route, method, status: String(res.statusCode) });
      metrics.httpDuration.observe({ service, route, method }, (performance.now() - started) / 1000);
    });
    if (!tracer) return next();

    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(
      `${method} ${route}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'http.route': route } },
      parent,
    );
    const active = withServiceSpan(parent, tracer, span);
    const end = () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', () => {
      if (!res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR, message: 'connection closed before the response ended' });
      if (span.isRecording()) end();
    });
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}
