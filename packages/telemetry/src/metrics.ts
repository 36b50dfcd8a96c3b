import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The process's one metrics registry. Every service serves it at `/metrics`; series carry a
 * `service` label where several services can share a process (`npm start`, tests). Label
 * values are always bounded: names from the code or the schema, never raw client input.
 */
export const registry = new Registry();

// Fine around the 1.5 s latency objective, so its p95 can be read from the buckets.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10];
const registers = [registry];

export const metrics = {
  httpRequests: new Counter({
    name: 'phoenix_http_requests_total',
    help: 'HTTP requests answered, by service, route family, method and status code.',
    labelNames: ['service', 'route', 'method', 'status'] as const,
    registers,
  }),
  httpDuration: new Histogram({
    name: 'phoenix_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by service, route family and method.',
    labelNames: ['service', 'route', 'method'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  graphqlRequests: new Counter({
    name: 'phoenix_graphql_requests_total',
    help: 'GraphQL operations answered, by service, operation, type and outcome (ok, client_error, degraded, server_error).',
    labelNames: ['service', 'operation', 'operation_type', 'outcome'] as const,
    registers,
  }),
  graphqlDuration: new Histogram({
    name: 'phoenix_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its response, by service, operation and type.',
    labelNames: ['service', 'operation', 'operation_type'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  graphqlErrors: new Counter({
    name: 'phoenix_graphql_errors_total',
    help: 'Errors in GraphQL responses, by service and catalogued code (OTHER for any other).',
    labelNames: ['service', 'code'] as const,
    registers,
  }),
  subgraphRequests: new Counter({
    name: 'phoenix_gateway_subgraph_requests_total',
    help: 'Fetches from the gateway to a subgraph, by subgraph and outcome (ok, error, unavailable).',
    labelNames: ['subgraph', 'outcome'] as const,
    registers,
  }),
  subgraphDuration: new Histogram({
    name: 'phoenix_gateway_subgraph_request_duration_seconds',
    help: 'Time of one fetch from the gateway to a subgraph.',
    labelNames: ['subgraph'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  }),
  costRejections: new Counter({
    name: 'phoenix_gateway_cost_rejections_total',
    help: 'Operations refused because their estimated cost is above the caller’s limit (COST_LIMIT_EXCEEDED).',
    labelNames: ['principal'] as const,
    registers,
  }),
  rateLimitHits: new Counter({
    name: 'phoenix_gateway_rate_limit_hits_total',
    help: 'Operations refused because the caller’s or the address’s cost bucket is empty (RATE_LIMITED).',
    labelNames: ['principal'] as const,
    registers,
  }),
  wsConnections: new Gauge({
    name: 'phoenix_websocket_connections',
    help: 'Open graphql-ws connections, by service.',
    labelNames: ['service'] as const,
    registers,
  }),
  subscriptionsActive: new Gauge({
    name: 'phoenix_subscriptions_active',
    help: 'Running subscriptions, by service and root subscription field.',
    labelNames: ['service', 'subscription'] as const,
    registers,
  }),
  subscriptionDeliveries: new Counter({
    name: 'phoenix_subscription_deliveries_total',
    help: 'Events sent to subscribers, by service and root subscription field.',
    labelNames: ['service', 'subscription'] as const,
    registers,
  }),
  subscriptionOverflows: new Counter({
    name: 'phoenix_subscription_queue_overflows_total',
    help: 'Subscriptions whose bounded event queue overflowed (slow consumer), by service and root subscription field.',
    labelNames: ['service', 'subscription'] as const,
    registers,
  }),
  eventsHandled: new Counter({
    name: 'phoenix_events_handled_total',
    help: 'Events a consumer of this process applied, dead-letter retries included.',
    labelNames: ['consumer'] as const,
    registers,
  }),
  eventsDeadLettered: new Counter({
    name: 'phoenix_events_dead_lettered_total',
    help: 'Events a consumer of this process moved to events.dead_letters after its last attempt.',
    labelNames: ['consumer'] as const,
    registers,
  }),
  eventConsumerFailures: new Counter({
    name: 'phoenix_event_consumer_failures_total',
    help: 'Consumer batches that failed as a whole (database unreachable, …) and were retried.',
    labelNames: ['consumer'] as const,
    registers,
  }),
  aiCircuitState: new Gauge({
    name: 'phoenix_ai_circuit_state',
    help: 'State of the circuit breaker around a remote AI provider: 0 closed, 1 half-open, 2 open.',
    labelNames: ['provider'] as const,
    registers,
  }),
  aiCircuitOpened: new Counter({
    name: 'phoenix_ai_circuit_opened_total',
    help: 'Times the circuit breaker around a remote AI provider opened (traffic fell back to local).',
    labelNames: ['provider'] as const,
    registers,
  }),
};

let processMetrics = false;

/** Adds the standard process and Node.js metrics (CPU, memory, event-loop lag, GC) once. */
export function collectProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: registry });
}
