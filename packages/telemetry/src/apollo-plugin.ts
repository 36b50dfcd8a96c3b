import type { ApolloServerPlugin, BaseContext, GraphQLResponse } from '@apollo/server';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { metrics } from './metrics.js';
import { OperationNames, UNKNOWN } from './operation-names.js';
import { classify, codeLabel, type Outcome } from './outcome.js';

const PRINCIPAL_KINDS = new Set(['anonymous', 'user', 'partner']);

/**
 * Records every GraphQL operation: count by outcome and latency by (bounded) operation name,
 * error codes, and on the gateway its cost and rate-limit refusals. When a request span is
 * active it is named after the operation (`query Dashboard`) and marked as failed on
 * server-side errors.
 */
export function operationMetricsPlugin<TContext extends BaseContext>(service: string, names = new OperationNames()): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const span = trace.getSpan(context.active());
      let operation = UNKNOWN;
      let operationType = 'unknown';
      return {
        async didResolveOperation({ operationName, operation: definition }) {
          operation = names.label(operationName);
          operationType = definition?.operation ?? 'unknown';
          if (span?.isRecording()) {
            span.updateName(`${operationType} ${operation}`);
            span.setAttributes({ 'graphql.operation.type': operationType, 'graphql.operation.name': operationName ?? '' });
          }
        },
        async willSendResponse({ response }) {
          const { codes, hasData } = summarize(response);
          const outcome = classify({ status: response.http.status, codes, hasData });
          const labels = { service, operation, operation_type: operationType };
          metrics.graphqlRequests.inc({ ...labels, outcome });
          metrics.graphqlDuration.observe(labels, (performance.now() - started) / 1000);
          for (const code of codes) metrics.graphqlErrors.inc({ service, code: codeLabel(code) });
          const principal = principalKind(contextValue);
          if (codes.includes('COST_LIMIT_EXCEEDED')) metrics.costRejections.inc({ principal });
          if (codes.includes('RATE_LIMITED')) metrics.rateLimitHits.inc({ principal });
          if (span?.isRecording()) markSpan(span, outcome, codes);
        },
      };
    },
  };
}

function summarize(response: GraphQLResponse): { codes: unknown[]; hasData: boolean } {
  if (response.body.kind !== 'single') return { codes: [], hasData: true };
  const { errors, data } = response.body.singleResult;
  return {
    codes: (errors ?? []).map((error) => error.extensions?.code),
    hasData: !!data && Object.values(data).some((value) => value !== null && value !== undefined),
  };
}

function principalKind(contextValue: unknown): string {
  const kind = (contextValue as { principal?: { kind?: unknown } } | undefined)?.principal?.kind;
  return typeof kind === 'string' && PRINCIPAL_KINDS.has(kind) ? kind : 'unknown';
}

function markSpan(span: NonNullable<ReturnType<typeof trace.getSpan>>, outcome: Outcome, codes: unknown[]): void {
  span.setAttribute('phoenix.outcome', outcome);
  if (codes.length > 0) span.setAttribute('graphql.error.codes', [...new Set(codes.map(codeLabel))]);
  if (outcome === 'degraded' || outcome === 'server_error') span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
}
