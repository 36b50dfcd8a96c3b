import { createHash } from 'node:crypto';
import { buildOperationContext, executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import { phoenixError } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';
import type { GatewayContext } from '../context.js';
import type { SubscriptionPlan, SupergraphPlanning } from './planner.js';

type QueryPlan = Parameters<typeof executeQueryPlan>[0];
type RequestContext = Parameters<typeof executeQueryPlan>[2];
type OperationContext = Parameters<typeof executeQueryPlan>[3];
type DataSourceResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface EventExecutionOptions {
  plan: SubscriptionPlan;
  planning: SupergraphPlanning;
  /** The API schema the operation was validated against. */
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  context: GatewayContext;
  /** A data source per subgraph of the supergraph, as the gateway's own. */
  services: ServiceMap;
  logger: Logger;
}

/**
 * Runs each event of a subscription through `@apollo/gateway`'s executor: the plan executed
 * is `Sequence [primary, rest]`, where the primary fetch answers with the event the subgraph
 * pushed instead of calling it, so the rest of the plan (entity fetches to other subgraphs,
 * `@requires`, error paths, response shaping) runs exactly as for a query.
 */
export class EventExecutor {
  private readonly queryPlan: QueryPlan;
  private readonly operationContext: OperationContext;
  private readonly requestContext: Omit<RequestContext, 'metrics'>;

  constructor(private readonly options: EventExecutionOptions) {
    const { primary, rest } = options.plan;
    this.queryPlan = { kind: 'QueryPlan', node: rest ? { kind: 'Sequence', nodes: [primary, rest] } : primary };
    this.operationContext = buildOperationContext({ schema: options.schema, operationDocument: options.document, operationName: options.operationName });
    this.requestContext = {
      request: { query: options.query, variables: options.variables, ...(options.operationName ? { operationName: options.operationName } : {}) },
      logger: options.logger,
      schema: options.schema,
      context: options.context,
      document: options.document,
      source: options.query,
      operationName: options.operationName ?? null,
      operation: options.operation,
      queryHash: createHash('sha256').update(options.query).digest('hex'),
      // No cache policy and no APQ towards subgraphs: the data sources then need neither.
      overallCachePolicy: undefined,
    } as unknown as Omit<RequestContext, 'metrics'>;
  }

  /** The client's result for one event of the subgraph. */
  async execute(event: FormattedExecutionResult): Promise<ExecutionResult> {
    const { primary } = this.options.plan;
    const services: ServiceMap = { ...this.options.services, [primary.serviceName]: replayingFirst(event, primary.operation, this.options.services[primary.serviceName]) };
    try {
      // Fresh metrics per event: the executor appends to them.
      const result = await executeQueryPlan(
        this.queryPlan,
        services,
        { ...this.requestContext, metrics: {} } as RequestContext,
        this.operationContext,
        this.options.planning.supergraphSchema,
        this.options.planning.apiSchema,
      );
      return result as ExecutionResult;
    } catch (error) {
      this.options.logger.error({ err: scrubError(error), subgraph: primary.serviceName }, 'cannot execute a subscription event');
      return { data: null, errors: [phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error')] };
    }
  }
}

/** The subgraph's data source, except that the primary fetch is answered with the event. */
function replayingFirst(event: FormattedExecutionResult, primaryOperation: string, subgraph: GraphQLDataSource | undefined): GraphQLDataSource {
  let replayed = false;
  return {
    async process(options) {
      if (!replayed && options.request.query === primaryOperation) {
        replayed = true;
        return { data: event.data ?? null, ...(event.errors ? { errors: event.errors } : {}), ...(event.extensions ? { extensions: event.extensions } : {}) } as DataSourceResponse;
      }
      if (!subgraph) throw new Error('no data source for the subscription subgraph');
      return subgraph.process(options);
    },
  };
}
