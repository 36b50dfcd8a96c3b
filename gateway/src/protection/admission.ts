import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Principal } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import type { PartnerConsents } from '../auth/api-keys.js';
import { authorize } from '../authorization/authorize.js';
import { estimateCost } from '../cost/estimate.js';
import { limitsFor, type AppliedLimits, type CostLimits, type PartnerKeyLimits } from '../cost/limits.js';
import { fragmentsOf, walkOperation } from '../operation/walk.js';
import type { BucketReport, BucketSpec, BucketStore } from '../rate-limit/bucket.js';
import type { PolicyRegistry } from './policies.js';
import { costLimitExceeded, forbidden, rateLimited, unauthenticated } from './refusals.js';

/** Who runs an operation, as the checks need to know them. */
export interface Caller {
  principal: Principal;
  clientIp: string;
  partnerLimits?: PartnerKeyLimits | undefined;
  /** W3C trace context of the request, for the audit trail of partner reads. */
  traceparent?: string | undefined;
}

/** A parsed and validated operation, before it is planned. */
export interface OperationToAdmit {
  /** The API schema the operation was validated against. */
  schema: GraphQLSchema;
  operation: OperationDefinitionNode | undefined;
  document: DocumentNode;
  /** The variables as the client sent them. */
  variables?: Readonly<Record<string, unknown>> | null | undefined;
}

/** The outcome of the checks: the estimate, the caller's bucket once charged, and why it is refused, if it is. */
export interface Admission {
  estimated: number;
  bucket?: BucketReport;
  refusal?: unknown;
}

/**
 * The per-operation checks every transport runs before planning (HTTP through the Apollo
 * plugin, WebSocket subscriptions at each `subscribe`).
 */
export interface OperationAdmission {
  /** The caller's cost limit and the buckets an operation of theirs is charged to. */
  limitsFor(caller: Caller): AppliedLimits;
  /**
   * Expands the operation once, evaluates the shield rules of every field (UNAUTHENTICATED /
   * FORBIDDEN with the refused paths), estimates its cost (COST_LIMIT_EXCEEDED above the
   * caller's limit) and charges the caller's and the address's buckets (RATE_LIMITED).
   * Refusals are returned, not thrown; unexpected failures (a bucket store down) are thrown.
   */
  admit(request: OperationToAdmit, caller: Caller, applied: AppliedLimits): Promise<Admission>;
  /** A bucket's state without charging it. */
  peek(bucket: BucketSpec): Promise<BucketReport | undefined>;
}

export interface AdmissionOptions {
  policies: PolicyRegistry;
  costLimits: CostLimits;
  defaultListSize: number;
  buckets: BucketStore;
  consents: Pick<PartnerConsents, 'forOperation'>;
  logger: Logger;
}

export function operationAdmission(options: AdmissionOptions): OperationAdmission {
  return {
    limitsFor: (caller) => limitsFor(caller.principal, caller.clientIp, options.costLimits, caller.partnerLimits),
    async admit(request, caller, applied) {
      let checked: { estimated: number; refusal?: unknown };
      try {
        checked = await check(request, caller, applied.costLimit);
      } catch (error) {
        return { estimated: 0, refusal: error };
      }
      if (checked.refusal) return checked;
      const taken = await options.buckets.take(applied.buckets, Math.max(1, checked.estimated));
      const bucket = taken.buckets[0];
      const charged = { estimated: checked.estimated, ...(bucket ? { bucket } : {}) };
      return taken.allowed ? charged : { ...charged, refusal: rateLimited(taken.retryAfterSeconds) };
    },
    peek: (bucket) => options.buckets.peek(bucket).catch(() => undefined),
  };

  async function check(request: OperationToAdmit, caller: Caller, costLimit: number): Promise<{ estimated: number; refusal?: unknown }> {
    const { operation, schema } = request;
    const { principal } = caller;
    if (!operation) return { estimated: 0 };
    const policy = options.policies.get(schema);
    if (!policy) {
      options.logger.error('no protection policy recorded for the current schema; refusing the operation');
      throw phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    const toWalk = { schema, operation, fragments: fragmentsOf(request.document) };
    const walked = walkOperation({ ...toWalk, variables: request.variables });
    let estimated = 0;
    let costProblem: unknown;
    try {
      estimated = estimateCost(walked, policy.costModel, { defaultListSize: options.defaultListSize });
    } catch (error) {
      // Authorization answers first; a malformed list argument is reported after it.
      costProblem = error;
    }
    const consents =
      principal.kind === 'partner'
        ? options.consents.forOperation({ keyId: principal.keyId, operationName: operation.name?.value, traceId: traceIdOf(caller.traceparent) })
        : undefined;
    const violations = await authorize({ ...toWalk, walked }, policy.rules, principal, consents);
    if (violations.unauthenticated.length > 0) return { estimated, refusal: unauthenticated(violations.unauthenticated) };
    if (violations.forbidden.length > 0) return { estimated, refusal: forbidden(violations.forbidden) };
    if (costProblem) return { estimated, refusal: costProblem };
    if (estimated > costLimit) return { estimated, refusal: costLimitExceeded(estimated, costLimit) };
    return { estimated };
  }
}

function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent?.split('-')[1];
}

/** Benchmarks only: admits everything, charges nothing. */
export function unprotectedAdmission(costLimits: CostLimits): OperationAdmission {
  return {
    limitsFor: (caller) => limitsFor(caller.principal, caller.clientIp, costLimits, caller.partnerLimits),
    admit: async () => ({ estimated: 0 }),
    peek: async () => undefined,
  };
}
