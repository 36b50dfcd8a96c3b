import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';

export interface UpstreamOptions {
  /** The subgraph's name, for errors and logs. */
  subgraph: string;
  /** Its routing URL (`http(s)://…/graphql`); the socket opens on the same URL as `ws(s)://`. */
  url: string;
  request: { query: string; variables: Record<string, unknown>; operationName?: string | undefined };
  /** `connection_init`'s payload, built again at each (re)connection so the context token is fresh. */
  connectionParams(): Promise<Record<string, unknown>>;
  /** Reconnections after an abnormal close, before giving up. */
  retries: number;
  /** Wait before the first reconnection; it doubles each time (at most 30 s). */
  retryDelayMs: number;
  /** Opening handshake and `connection_ack` deadline. */
  timeoutMs: number;
  /** Ping interval on the subgraph socket; a missed pong terminates it (and reconnects). 0 disables. */
  keepAliveMs: number;
  logger: Logger;
}

export interface UpstreamSink {
  next(event: FormattedExecutionResult): void;
  /** The subgraph refused the operation, or cannot be reached after every retry. */
  fail(errors: readonly GraphQLError[]): void;
  complete(): void;
}

export interface UpstreamSubscription {
  /** Completes the operation on the subgraph and closes the socket. */
  dispose(): void;
}

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Subscribes to the `primary` fetch of a subscription plan on its subgraph over graphql-ws,
 * one socket per subscription. A socket that closes abnormally (subgraph restart) is opened
 * again and the operation subscribed again, up to `retries` times with exponential backoff;
 * then the sink fails with SUBGRAPH_UNAVAILABLE, never leaving the client waiting.
 */
export function subscribeUpstream(options: UpstreamOptions, sink: UpstreamSink): UpstreamSubscription {
  const stopped = new AbortController();
  const { logger, subgraph } = options;
  class UpstreamSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { handshakeTimeout: options.timeoutMs });
    }
  }
  const client = createClient({
    url: websocketUrl(options.url),
    webSocketImpl: UpstreamSocket,
    connectionParams: () => options.connectionParams(),
    lazy: true,
    lazyCloseTimeout: 0,
    connectionAckWaitTimeout: options.timeoutMs,
    retryAttempts: options.retries,
    // Every closure but the client's own is worth a retry: a restarting subgraph refuses connections for a while.
    shouldRetry: () => !stopped.signal.aborted,
    retryWait: (retries) => sleep(Math.min(options.retryDelayMs * 2 ** retries, MAX_RETRY_DELAY_MS), stopped.signal),
    on: {
      connected: (socket) => keepAlive(socket as WebSocket, options.keepAliveMs),
      closed: (event) => {
        if (stopped.signal.aborted) return;
        const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
        logger.debug({ subgraph, code, reason: reason ? String(reason) : undefined }, 'subgraph subscription socket closed');
      },
    },
  });
  const unsubscribe = client.subscribe<Record<string, unknown>, Record<string, unknown>>(options.request, {
    next: (event) => sink.next(event),
    error: (error) => {
      if (stopped.signal.aborted) return;
      sink.fail(upstreamErrors(error, subgraph, logger));
    },
    complete: () => {
      if (!stopped.signal.aborted) sink.complete();
    },
  });
  return {
    dispose() {
      if (stopped.signal.aborted) return;
      stopped.abort();
      unsubscribe();
      Promise.resolve(client.dispose()).catch(() => {});
    },
  };
}

/** `http://host/graphql` → `ws://host/graphql` (`https` → `wss`). */
export function websocketUrl(routingUrl: string): string {
  const url = new URL(routingUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
  return url.toString();
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
  return [phoenixError('SUBGRAPH_UNAVAILABLE', `The ${subgraph} service is unavailable.`)];
}

function keepAlive(socket: WebSocket, intervalMs: number): void {
  if (intervalMs <= 0) return;
  let answered = true;
  socket.on('pong', () => {
    answered = true;
  });
  const timer = setInterval(() => {
    if (socket.readyState !== WebSocket.OPEN) return;
    if (!answered) return socket.terminate();
    answered = false;
    socket.ping();
  }, intervalMs);
  timer.unref();
  socket.once('close', () => clearInterval(timer));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
