import type { GraphQLFormattedError } from 'graphql';
import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** How a subscription ended, as the client saw it. */
export type SubscriptionEnding =
  | { kind: 'complete' }
  /** The server refused or failed the operation (`error` message). */
  | { kind: 'error'; errors: readonly GraphQLFormattedError[] }
  /** The socket closed (or never opened) before the operation ended. */
  | { kind: 'closed'; code?: number; reason: string };

export interface RecordedSubscription<TData> {
  /** Every `next` received, in order. */
  readonly results: readonly FormattedExecutionResult<TData, unknown>[];
  /** Undefined while the subscription runs. */
  readonly ending: SubscriptionEnding | undefined;
  /** Waits until `check` holds; fails naming `what` (and what was received) after `timeoutMs`. */
  waitUntil(what: string, check: () => boolean, timeoutMs?: number): Promise<void>;
  /** Waits for the end; fails after `timeoutMs` rather than hanging. */
  ended(timeoutMs?: number): Promise<SubscriptionEnding>;
  /** Unsubscribes and closes the socket. */
  close(): Promise<void>;
}

export interface RecordOptions {
  /** `ws://…/graphql` of a gateway. */
  url: string;
  /** An access token, sent as `connectionParams.authorization`; anonymous without it. */
  accessToken?: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One subscription on its own graphql-ws connection, as a browser would open it through the
 * gateway (no retries, so a lost socket is seen rather than papered over), recording what
 * arrives so a test can wait on conditions instead of timings.
 */
export function recordSubscription<TData>(options: RecordOptions): RecordedSubscription<TData> {
  const results: FormattedExecutionResult<TData, unknown>[] = [];
  let ending: SubscriptionEnding | undefined;
  const client = createClient({
    url: options.url,
    webSocketImpl: WebSocket,
    connectionParams: options.accessToken ? { authorization: `Bearer ${options.accessToken}` } : {},
    lazy: true,
    lazyCloseTimeout: 0,
    retryAttempts: 0,
  });
  const end = (value: SubscriptionEnding) => {
    ending ??= value;
  };
  const unsubscribe = client.subscribe<TData>(
    { query: options.query, ...(options.variables ? { variables: options.variables } : {}) },
    {
      next: (result) => {
        if (!ending) results.push(result);
      },
      error: (error) => end(Array.isArray(error) ? { kind: 'error', errors: error as GraphQLFormattedError[] } : closedBy(error)),
      complete: () => end({ kind: 'complete' }),
    },
  );

  const waitUntil = async (what: string, check: () => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; received ${results.length} result(s), ending ${JSON.stringify(ending)}, last ${JSON.stringify(results.at(-1))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  return {
    results,
    get ending() {
      return ending;
    },
    waitUntil,
    async ended(timeoutMs = 60_000) {
      await waitUntil('the subscription to end', () => ending !== undefined, timeoutMs);
      return ending as SubscriptionEnding;
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
}

function closedBy(error: unknown): SubscriptionEnding {
  const { code, reason, message } = (error ?? {}) as { code?: unknown; reason?: unknown; message?: unknown };
  return {
    kind: 'closed',
    ...(typeof code === 'number' ? { code } : {}),
    reason: typeof reason === 'string' ? reason : typeof message === 'string' ? message : String(error),
  };
}
