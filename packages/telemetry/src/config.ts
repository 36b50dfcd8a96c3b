import { z } from 'zod';
import { parseConfig } from '@phoenix/config';

// docker compose passes unset variables as empty strings; they mean "not set" here.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/ });

const shape = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** The standard OTLP endpoint; `/v1/traces` is appended. Unset: no tracing at all. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(httpUrl),
  /** The traces endpoint itself, used as is; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optional(httpUrl),
  OTEL_SDK_DISABLED: optional(z.enum(['true', 'false'])),
  /** Share of new traces kept (0–1); a caller's sampled flag is always followed. */
  OTEL_TRACES_SAMPLER_ARG: optional(z.coerce.number().min(0).max(1)),
  /** `key=value,…` resource attributes added to every span, e.g. `deployment.environment.name=prod`. */
  OTEL_RESOURCE_ATTRIBUTES: optional(z.string()),
  /** Bearer token `/metrics` and `/health/slo` require; in production they are not served without it. */
  METRICS_TOKEN: optional(z.string().min(16, 'use at least 16 characters')),
  /** The window the gateway's `/health/slo` evaluates. */
  SLO_WINDOW_SECONDS: optional(z.coerce.number().int().min(60).max(86_400)),
});

export interface TelemetrySettings {
  production: boolean;
  /** Where spans are sent (OTLP/HTTP JSON); undefined when tracing is off. */
  tracesUrl: string | undefined;
  sampleRatio: number;
  resourceAttributes: Record<string, string>;
  metricsToken: string | undefined;
  sloWindowSeconds: number;
}

/**
 * The observability settings of a service, from the standard OpenTelemetry variables and
 * Phoenix's own (`METRICS_TOKEN`, `SLO_WINDOW_SECONDS`). Throws a `ConfigError` listing
 * every problem.
 */
export function telemetrySettings(env: Record<string, string | undefined> = process.env): TelemetrySettings {
  const parsed = parseConfig('telemetry', shape, env);
  const disabled = parsed.OTEL_SDK_DISABLED === 'true';
  const base = parsed.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const tracesUrl = parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base}/v1/traces` : undefined);
  return {
    production: parsed.NODE_ENV === 'production',
    tracesUrl: disabled ? undefined : tracesUrl,
    sampleRatio: parsed.OTEL_TRACES_SAMPLER_ARG ?? 1,
    resourceAttributes: parseResourceAttributes(parsed.OTEL_RESOURCE_ATTRIBUTES ?? ''),
    metricsToken: parsed.METRICS_TOKEN,
    sloWindowSeconds: parsed.SLO_WINDOW_SECONDS ?? 3600,
  };
}

function parseResourceAttributes(value: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const separator = pair.indexOf('=');
    if (separator <= 0) continue;
    attributes[decodeURIComponent(pair.slice(0, separator).trim())] = decodeURIComponent(pair.slice(separator + 1).trim());
  }
  return attributes;
}
