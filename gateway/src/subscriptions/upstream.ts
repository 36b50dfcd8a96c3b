import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import type { UpstreamPool, UpstreamTarget } from './upstream-pool.js';

export interface UpstreamOptions {
  /** The subgraph sockets, shared per principal. */
  pool: UpstreamPool;
  target: UpstreamTarget;
  request: { query: string; variables: Record<string, unknown>; operationName?: string | undefined };
  logger: Logger;
}

export interface UpstreamSink {
  next(event: FormattedExecutionResult): void;
  /** The subgraph refused the operation, or cannot be reached after every retry. */
  fail(errors: readonly GraphQLError[]): void;
  complete(): void;
}

export interface UpstreamSubscription {
  /** Completes the operation on the subgraph; the socket closes if it was the last one on it. */
  dispose(): void;
}

/**
 * Subscribes to the `primary` fetch of a subscription plan on its subgraph over graphql-ws, as
 * its own operation on the socket the pool shares among the caller's principal's subscriptions
 * to that subgraph. When the socket closes abnormally (subgraph restart), the operation is
 * subscribed again once it is back; if it stays away past the pool's retries, the sink fails
 * with SUBGRAPH_UNAVAILABLE, never leaving the client waiting.
 */
export function subscribeUpstream(options: UpstreamOptions, sink: UpstreamSink): UpstreamSubscription {
  const { logger, target } = options;
  const lease = options.pool.lease(target);
  if (!lease) {
    sink.fail([unavailable(target.subgraph)]);
    return { dispose() {} };
  }
  let ended = false;
  let unsubscribe: () => void = () => {};
  /** Ends the operation once, whichever side ends it; false if it already had. */
  const end = () => {
    if (ended) return false;
    ended = true;
    // Also after graphql-ws ended it: one that failed after its retries is otherwise still counted on the client.
    unsubscribe();
    lease.release();
    return true;
  };
  unsubscribe = lease.client.subscribe<Record<string, unknown>, Record<string, unknown>>(options.request, {
    next: (event) => {
      if (!ended) sink.next(event);
    },
    error: (error) => {
      if (end()) sink.fail(upstreamErrors(error, target.subgraph, logger));
    },
    complete: () => {
      if (end()) sink.complete();
    },
  });
  return {
    dispose() {
      end();
    },
  };
}

/** What the client is told when the subgraph's operation ends in error. */
function upstreamErrors(error: unknown, subgraph: string, logger: Logger): GraphQLError[] {
  if (Array.isArray(error) && error.length > 0) {
    // The subgraph answered the operation with errors (its own checks, validation).
    return (error as GraphQLFormattedError[]).map((formatted) => new GraphQLError(formatted.message, { ...(formatted.extensions ? { extensions: formatted.extensions } : {}) }));
  }
  const { code, reason } = (error ?? {}) as { code?: unknown; reason?: unknown };
  logger.warn(
    { subgraph, code: typeof code === 'number' ? code : undefined, reason: typeof reason === 'string' ? reason : error instanceof Error ? error.message : undefined },
    'subgraph subscription failed after retries',
  );
  return [unavailable(subgraph)];
}

function unavailable(subgraph: string): GraphQLError {
  return phoenixError('SUBGRAPH_UNAVAILABLE', `The ${subgraph} service is unavailable.`);
}
