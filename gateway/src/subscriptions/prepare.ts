import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { phoenixError } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';
import type { AppliedLimits } from '../cost/limits.js';
import { OperationLimitError } from '../limits/limit-error.js';
import type { Caller, OperationAdmission } from '../protection/admission.js';
import { requestedDocument, type PersistedPolicy } from './persisted.js';
import type { SubscriptionPlan, SubscriptionPlanner, SupergraphPlanning } from './planner.js';

/** A subscription that passed every check, planned. */
export interface PreparedSubscription {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  plan: SubscriptionPlan;
  planning: SupergraphPlanning;
}

export interface PrepareOptions {
  planner: SubscriptionPlanner;
  admission: OperationAdmission;
  persisted: PersistedPolicy;
  parseOptions: ParseOptions;
  validationRules: readonly ValidationRule[];
  logger: Logger;
}

/**
 * Runs a `subscribe` message through what an HTTP request goes through, in the same order
 * and with the same codes: persisted-operation policy, parse (token limit), validation
 * (operation limits, schema), operation resolution, then the admission checks (shield rules,
 * cost, buckets), and plans it. Answers the refusal as errors.
 */
export async function prepareSubscription(
  payload: SubscribePayload,
  caller: Caller,
  applied: AppliedLimits,
  options: PrepareOptions,
): Promise<PreparedSubscription | readonly GraphQLError[]> {
  const schema = options.planner.schema;
  if (!schema) return [phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error')];
  const query = requestedDocument(payload, options.persisted);
  if (query instanceof GraphQLError) return [query];

  let document: DocumentNode;
  try {
    document = parse(query, options.parseOptions);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [new GraphQLError(error.message, { ...(error.source ? { source: error.source } : {}), ...(error.positions ? { positions: error.positions } : {}), extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
  }
  const invalid = validate(schema, document, [...specifiedRules, ...options.validationRules]);
  if (invalid.length > 0) {
    return invalid.map((error) =>
      error instanceof OperationLimitError ? error : new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
  }
  const operationName = payload.operationName ?? undefined;
  const operation = getOperationAST(document, operationName);
  if (!operation) {
    const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
    return [phoenixError('OPERATION_RESOLUTION_FAILURE', message)];
  }
  if (operation.operation !== 'subscription') {
    return [phoenixError('BAD_REQUEST', 'This socket runs subscriptions only: send queries and mutations over HTTP.')];
  }

  const variables = { ...(payload.variables ?? {}) };
  const admitted = await options.admission.admit({ schema, operation, document, variables }, caller, applied);
  if (admitted.refusal) {
    if (admitted.refusal instanceof GraphQLError) return [admitted.refusal];
    throw admitted.refusal;
  }

  try {
    const { plan, planning } = options.planner.plan(schema, document, query, operationName);
    return { schema, document, operation, query, operationName, variables, plan, planning };
  } catch (error) {
    // The planner's GraphQL errors reach the client formatted (masked unless catalogued).
    if (error instanceof GraphQLError) return [error];
    options.logger.error({ err: scrubError(error) }, 'cannot plan a subscription');
    return [phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error')];
  }
}
