import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { Principal } from '@phoenix/context-token';
import { principalIdentity } from '../auth/principal-identity.js';
import type { GatewayContext } from '../context.js';

// Apollo Server's own view of a gateway, so these types follow the server's version.
type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;
type GatewayGraphQLRequestContext = Parameters<GatewayExecutor>[0];
type GatewayExecutionResult = Awaited<ReturnType<GatewayExecutor>>;

/** How often identical queries shared an execution, for tests and metrics. */
export interface SharedExecutionStats {
  executed: number;
  shared: number;
}

/**
 * Identical queries in flight for the same caller share one execution (what Hive Gateway
 * calls inbound in-flight deduplication, keyed here by caller): the first runs the query
 * plan, those that arrive before it ends wait for its result. Every request has still been
 * authenticated, limited, priced and charged on its own before it gets here. Only queries of
 * anonymous callers and of users without a role share: partner and administrator reads are
 * audited one by one, and mutations always run.
 */
export class SharedExecutions {
  private readonly inFlight = new Map<string, Promise<GatewayExecutionResult>>();
  readonly stats: SharedExecutionStats = { executed: 0, shared: 0 };

  wrap(executor: GatewayExecutor): GatewayExecutor {
    return (requestContext) => {
      const key = sharingKey(requestContext);
      if (key === undefined) return executor(requestContext);
      const running = this.inFlight.get(key);
      if (running) {
        this.stats.shared++;
        return running.then(ownCopy);
      }
      this.stats.executed++;
      const execution = executor(requestContext).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, execution);
      return execution;
    };
  }

  /** `gateway` with its executor wrapped, for Apollo Server's `gateway` option. */
  around(gateway: GatewayInterface): GatewayInterface {
    return {
      load: async (options) => {
        const loaded = await gateway.load(options);
        return { ...loaded, executor: loaded.executor && this.wrap(loaded.executor) };
      },
      onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
      stop: () => gateway.stop(),
    };
  }
}

function sharingKey(requestContext: GatewayGraphQLRequestContext): string | undefined {
  if (requestContext.operation.operation !== 'query') return undefined;
  const caller = callerKey((requestContext.context as Partial<GatewayContext>).principal);
  if (caller === undefined) return undefined;
  const variables = requestContext.request.variables;
  // The schema hash: a supergraph reloaded meanwhile must not answer with the old plan's result.
  return [requestContext.schemaHash, caller, requestContext.queryHash, requestContext.operationName ?? '', variables ? JSON.stringify(variables) : ''].join('\n');
}

/** The caller as the subgraphs see it (its context token), or undefined when its reads must each run. */
function callerKey(principal: Principal | undefined): string | undefined {
  if (!principal || principal.kind === 'partner' || (principal.kind === 'user' && principal.roles.length > 0)) return undefined;
  return principalIdentity(principal);
}

// Plugins add their own extensions (cost, rate limits) to each response: never to a shared object.
function ownCopy(result: GatewayExecutionResult): GatewayExecutionResult {
  return { ...result, ...(result.extensions ? { extensions: { ...result.extensions } } : {}) };
}
