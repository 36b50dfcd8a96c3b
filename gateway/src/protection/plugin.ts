import type { ApolloServerPlugin } from '@apollo/server';
import { phoenixError } from '@phoenix/errors';
import type { GatewayContext } from '../context.js';
import type { BucketReport } from '../rate-limit/bucket.js';
import type { OperationAdmission } from './admission.js';
import { withStatus } from './refusals.js';

const SUBSCRIPTION_OVER_HTTP = 'Subscriptions run over a WebSocket on /graphql (graphql-transport-ws), not over HTTP.';

function unresolvedOperation(operationName: string | null | undefined): string {
  return operationName == null ? 'The document has several operations: name the one to run in operationName.' : `The document has no operation named "${operationName}".`;
}

/**
 * After validation and before any subgraph is called, runs the operation through the
 * admission checks (shield rules, cost, buckets); a refusal answers its HTTP status
 * (401, 403, 400, 429 with Retry-After), and a subscription 400 BAD_REQUEST. Every response
 * then reports `extensions.cost { estimated, limit, bucket }`.
 */
export function protectionPlugin(admission: OperationAdmission): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const applied = admission.limitsFor(contextValue);
      let estimated = 0;
      let bucket: BucketReport | undefined;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue: caller }) {
          // Apollo Server leaves an unresolvable operationName to execution, where `@apollo/gateway` throws (HTTP 500).
          if (!operation) throw withStatus(phoenixError('OPERATION_RESOLUTION_FAILURE', unresolvedOperation(request.operationName)));
          // `@apollo/gateway` cannot execute them (it would answer 500); the WebSocket route does.
          if (operation?.operation === 'subscription') throw withStatus(phoenixError('BAD_REQUEST', SUBSCRIPTION_OVER_HTTP));
          const admitted = await admission.admit({ schema, operation, document, variables: request.variables }, caller, applied);
          estimated = admitted.estimated;
          bucket = admitted.bucket ?? bucket;
          if (admitted.refusal) throw withStatus(admitted.refusal);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // Refused before the bucket was charged (or never parsed): report it as it stands.
          bucket ??= await admission.peek(applied.buckets[0]);
          const { singleResult } = response.body;
          singleResult.extensions = { ...singleResult.extensions, cost: { estimated, limit: applied.costLimit, ...(bucket ? { bucket } : {}) } };
        },
      };
    },
  };
}
