import { context, createContextKey, propagation, trace, TraceFlags, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { setLogContext } from '@phoenix/logger';
import type { TelemetrySettings } from './config.js';

const TRACER_NAME = '@phoenix/telemetry';
// The tracer of the service whose request is running, so shared code (SQL, resolvers) opens
// its spans under the right service when several services share a process.
const SERVICE_TRACER = createContextKey('phoenix.service-tracer');

const providers = new Map<string, TracerProvider>();
let contextInstalled = false;

/**
 * The tracer of `service`, exporting to `settings.tracesUrl` (OTLP/HTTP JSON, batched), or
 * undefined when tracing is off — then nothing of the SDK is created or registered and the
 * callers skip instrumentation entirely.
 */
export function serviceTracer(service: string, settings: TelemetrySettings): Tracer | undefined {
  const url = settings.tracesUrl;
  if (!url) return undefined;
  installContext();
  const key = `${service} ${url} ${settings.sampleRatio}`;
  let provider = providers.get(key);
  if (!provider) {
    provider = new TracerProvider({
      resource: resourceFromAttributes({ ...settings.resourceAttributes, [ATTR_SERVICE_NAME]: service, 'service.namespace': 'phoenix' }),
      sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url }) })],
    });
    providers.set(key, provider);
  }
  return provider.getTracer(TRACER_NAME);
}

// Process-wide and only once tracing is on: async context, W3C propagation, trace ids in logs.
function installContext(): void {
  if (contextInstalled) return;
  contextInstalled = true;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  setLogContext(() => {
    const span = trace.getSpan(context.active());
    if (!span) return undefined;
    const { traceId, spanId } = span.spanContext();
    return { trace_id: traceId, span_id: spanId };
  });
}

/** `parent` with `span` active and `tracer` as the service's tracer for shared code. */
export function withServiceSpan(parent: Context, tracer: Tracer, span: Span): Context {
  return trace.setSpan(parent, span).setValue(SERVICE_TRACER, tracer);
}

/**
 * The tracer of the service whose sampled request is running, or undefined (nothing to
 * extend). The active span may be a non-recording wrapper of ours: @apollo/gateway opens its
 * own spans through the global API, which has no provider, so they only carry our context.
 */
export function activeTracer(): Tracer | undefined {
  if (!contextInstalled) return undefined;
  const active = context.active();
  const span = trace.getSpan(active);
  if (!span || (span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0) return undefined;
  return active.getValue(SERVICE_TRACER) as Tracer | undefined;
}

/** Sends every span ended so far; tests call it before reading what a collector received. */
export async function flushTraces(): Promise<void> {
  await Promise.all([...providers.values()].map((provider) => provider.forceFlush()));
}

/** Flushes and stops every exporter of the process (at shutdown). */
export async function shutdownTracing(): Promise<void> {
  const all = [...providers.values()];
  providers.clear();
  await Promise.all(all.map((provider) => provider.shutdown()));
}
