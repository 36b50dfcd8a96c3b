import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { metrics } from './metrics.js';
import { activeTracer } from './tracing.js';

interface FetchResult {
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> | undefined }> | undefined;
}

/**
 * Runs one gateway → subgraph fetch: times it by subgraph and outcome (`unavailable` when the
 * data source turned a failure into SUBGRAPH_UNAVAILABLE errors) and, inside a traced request,
 * as a CLIENT span that is active while the request is sent, so {@link injectTraceContext}
 * propagates it.
 */
export async function traceSubgraphFetch<T extends FetchResult>(subgraph: string, fetch: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const tracer = activeTracer();
  const span = tracer?.startSpan(`fetch ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'graphql.subgraph.name': subgraph } });
  let outcome = 'error';
  try {
    const result = await (span ? context.with(trace.setSpan(context.active(), span), fetch) : fetch());
    outcome = result.errors?.some((error) => error.extensions?.code === 'SUBGRAPH_UNAVAILABLE') ? 'unavailable' : 'ok';
    return result;
  } finally {
    metrics.subgraphRequests.inc({ subgraph, outcome });
    metrics.subgraphDuration.observe({ subgraph }, (performance.now() - started) / 1000);
    if (span) {
      if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
      span.end();
    }
  }
}

/**
 * Writes the active span's W3C `traceparent` into outgoing request headers; returns false
 * (and writes nothing) when no trace is active, e.g. with tracing off.
 */
export function injectTraceContext(headers: { set(name: string, value: string): void }): boolean {
  const span = trace.getSpan(context.active());
  if (!span || !trace.isSpanContextValid(span.spanContext())) return false;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
  return true;
}
