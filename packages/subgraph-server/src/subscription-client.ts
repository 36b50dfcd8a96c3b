import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/** The WebSocket closed before the subscription completed: refused (4403), server stopping (1001)… */
export class SubscriptionClosedError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(`WebSocket closed with code ${code}${reason ? ` (${reason})` : ''}`);
    this.name = 'SubscriptionClosedError';
  }
}

type Waiter<T> = { resolve: (result: IteratorResult<T, undefined>) => void; reject: (error: unknown) => void };

/**
 * Runs one subscription on its own graphql-ws connection and yields its results. GraphQL
 * errors sent by the server (`error` messages) are yielded as a last `{ errors }` result; a
 * socket closed early makes `next()` throw `SubscriptionClosedError`. `return()` unsubscribes
 * and closes the connection.
 */
export function subscribeOverWebSocket<TData>(
  url: string,
  connectionParams: () => Promise<Record<string, unknown>>,
  payload: { query: string; variables?: Record<string, unknown> },
): AsyncIterableIterator<FormattedExecutionResult<TData, unknown>, undefined> {
  const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams, onNonLazyError: () => undefined });
  const results: FormattedExecutionResult<TData, unknown>[] = [];
  let waiter: Waiter<FormattedExecutionResult<TData, unknown>> | undefined;
  let failure: Error | undefined;
  let finished = false;
  let disposed: Promise<void> | undefined;
  const dispose = () => (disposed ??= Promise.resolve(client.dispose()));

  const settle = () => {
    const current = waiter;
    if (!current) return;
    if (results.length > 0) {
      waiter = undefined;
      current.resolve({ value: results.shift() as FormattedExecutionResult<TData, unknown>, done: false });
    } else if (failure) {
      waiter = undefined;
      current.reject(failure);
      failure = undefined;
    } else if (finished) {
      waiter = undefined;
      current.resolve({ value: undefined, done: true });
    }
  };
  const finish = (error?: Error) => {
    if (finished) return;
    finished = true;
    failure = error;
    void dispose();
    settle();
  };

  const unsubscribe = client.subscribe<TData>(payload, {
    next: (result) => {
      if (finished) return;
      results.push(result);
      settle();
    },
    error: (error) => {
      if (Array.isArray(error)) {
        results.push({ errors: error });
        finish();
      } else finish(asError(error));
    },
    complete: () => finish(),
  });

  return {
    next() {
      return new Promise((resolve, reject) => {
        waiter = { resolve, reject };
        settle();
      });
    },
    async return() {
      unsubscribe();
      results.length = 0;
      failure = undefined;
      finish();
      await dispose();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  // graphql-ws hands over the socket's CloseEvent, or its ErrorEvent when the connection failed.
  const { code, reason, error: cause, message } = error as { code?: unknown; reason?: unknown; error?: unknown; message?: unknown };
  if (typeof code === 'number') return new SubscriptionClosedError(code, typeof reason === 'string' ? reason : '');
  if (cause instanceof Error) return cause;
  return new Error(typeof message === 'string' ? message : 'WebSocket connection failed');
}
