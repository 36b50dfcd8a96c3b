import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Tracer } from '@opentelemetry/api';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from '@phoenix/logger';
import { operationMetricsPlugin } from './apollo-plugin.js';
import { telemetrySettings, type TelemetrySettings } from './config.js';
import { httpTelemetry, type Middleware } from './http.js';
import { admitOperational, mountMetrics, type RouteTarget } from './metrics-endpoint.js';
import { OperationNames } from './operation-names.js';
import { traceRootResolvers } from './resolvers.js';
import { SloTracker } from './slo.js';
import { serviceTracer } from './tracing.js';

/** Everything one service (the gateway or a subgraph) needs to be observable. */
export interface ServiceTelemetry {
  readonly service: string;
  readonly settings: TelemetrySettings;
  /** The service's tracer when tracing is on (`OTEL_EXPORTER_OTLP_ENDPOINT`), else undefined. */
  readonly tracer: Tracer | undefined;
  /** Express middleware to mount before every route: request metrics and the request's span. */
  readonly middleware: Middleware;
  /** Apollo Server plugin: operation metrics, span named after the operation. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext>;
  /** Subgraphs: spans around root resolvers when tracing is on; the schema unchanged otherwise. */
  instrumentSchema(schema: GraphQLSchema): GraphQLSchema;
  /** `GET /metrics` behind `METRICS_TOKEN` (see docs/operations.md). */
  mountMetrics(app: RouteTarget, logger: Logger): void;
  /** Gateway: `GET /health/slo`, the objectives over `SLO_WINDOW_SECONDS`; stop it with the server. */
  mountSloReport(app: RouteTarget): { stop(): void };
}

/** The telemetry of `service`, configured from `env` (the standard OTEL_* variables, METRICS_TOKEN). */
export function createTelemetry(service: string, env: Record<string, string | undefined> = process.env): ServiceTelemetry {
  const settings = telemetrySettings(env);
  const tracer = serviceTracer(service, settings);
  const names = new OperationNames();
  return {
    service,
    settings,
    tracer,
    middleware: httpTelemetry(service, tracer),
    plugin: <TContext extends BaseContext>() => operationMetricsPlugin<TContext>(service, names),
    instrumentSchema: (schema) => (tracer ? traceRootResolvers(schema) : schema),
    mountMetrics: (app, logger) => mountMetrics(app, settings, logger),
    mountSloReport(app) {
      const tracker = new SloTracker({ service, windowSeconds: settings.sloWindowSeconds });
      app.get('/health/slo', async (req, res) => {
        if (!admitOperational(req, res, settings)) return;
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(await tracker.report()));
      });
      return { stop: () => tracker.stop() };
    },
  };
}
