import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import { authorize } from '../authorization/authorize.js';
import type { GatewayContext } from '../context.js';
import { estimateCost } from '../cost/estimate.js';
import { limitsFor, type CostLimits } from '../cost/limits.js';
import { fragmentsOf, walkOperation } from '../operation/walk.js';
import type { BucketReport, BucketStore } from '../rate-limit/bucket.js';
import type { PolicyRegistry } from './policies.js';
import { costLimitExceeded, forbidden, rateLimited, unauthenticated, withStatus } from './refusals.js';

export interface ProtectionOptions {
  policies: PolicyRegistry;
  costLimits: CostLimits;
  defaultListSize: number;
  buckets: BucketStore;
  consents: ConsentSource;
  logger: Logger;
}

/**
 * After validation and before any subgraph is called: expands the operation once, evaluates
 * the shield rules of every field (UNAUTHENTICATED 401 / FORBIDDEN 403 with the refused
 * paths), estimates its cost (COST_LIMIT_EXCEEDED above the caller's limit) and charges the
 * caller's and the address's buckets (RATE_LIMITED 429 with Retry-After). Every response
 * then reports `extensions.cost { estimated, limit, bucket }`.
 */
export function protectionPlugin(options: ProtectionOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const applied = limitsFor(contextValue.principal, contextValue.clientIp, options.costLimits, contextValue.partnerLimits);
      let estimated = 0;
      let bucket: BucketReport | undefined;
      return {
        async didResolveOperation(requestContext) {
          const outcome = await check(requestContext, applied.costLimit).catch((error: unknown) => {
            throw withStatus(error);
          });
          estimated = outcome.estimated;
          if (outcome.refusal) throw withStatus(outcome.refusal);
          const taken = await options.buckets.take(applied.buckets, Math.max(1, estimated));
          bucket = taken.buckets[0];
          if (!taken.allowed) throw rateLimited(taken.retryAfterSeconds);
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          // Refused before the bucket was charged (or never parsed): report it as it stands.
          bucket ??= await options.buckets.peek(applied.buckets[0]).catch(() => undefined);
          const { singleResult } = response.body;
          singleResult.extensions = { ...singleResult.extensions, cost: { estimated, limit: applied.costLimit, ...(bucket ? { bucket } : {}) } };
        },
      };
    },
  };

  /** The operation's estimated cost, and why it is refused, if it is. */
  async function check(requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>, costLimit: number): Promise<{ estimated: number; refusal?: unknown }> {
    const { operation, schema, contextValue } = requestContext;
    if (!operation) return { estimated: 0 };
    const policy = options.policies.get(schema);
    if (!policy) {
      options.logger.error('no protection policy recorded for the current schema; refusing the operation');
      throw phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    const request = { schema, operation, fragments: fragmentsOf(requestContext.document) };
    const walked = walkOperation({ ...request, variables: requestContext.request.variables });
    let estimated = 0;
    let costProblem: unknown;
    try {
      estimated = estimateCost(walked, policy.costModel, { defaultListSize: options.defaultListSize });
    } catch (error) {
      // Authorization answers first; a malformed list argument is reported after it.
      costProblem = error;
    }
    const violations = await authorize({ ...request, walked }, policy.rules, contextValue.principal, options.consents);
    if (violations.unauthenticated.length > 0) return { estimated, refusal: unauthenticated(violations.unauthenticated) };
    if (violations.forbidden.length > 0) return { estimated, refusal: forbidden(violations.forbidden) };
    if (costProblem) return { estimated, refusal: costProblem };
    if (estimated > costLimit) return { estimated, refusal: costLimitExceeded(estimated, costLimit) };
    return { estimated };
  }
}
