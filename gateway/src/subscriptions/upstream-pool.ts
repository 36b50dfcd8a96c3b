import { createClient, type Client } from 'graphql-ws';
import type WebSocket from 'ws';
import type { Principal } from '@phoenix/context-token';
import type { Logger } from '@phoenix/logger';
import { principalIdentity } from '../auth/principal-identity.js';
import { keepAlive, SocketCounter, upstreamSocketClass, websocketUrl } from './upstream-socket.js';

export interface UpstreamPoolOptions {
  /** `connection_init`'s payload for `principal` at `subgraph`, built again at each (re)connection so the context token is fresh. */
  connectionParams(subgraph: string, principal: Principal): Promise<Record<string, unknown>>;
  /** Reconnections after an abnormal close, before the socket's subscriptions fail. */
  retries: number;
  /** Wait before the first reconnection; it doubles each time (at most 30 s). */
  retryDelayMs: number;
  /** Ping interval on a subgraph socket; a missed pong terminates it (and reconnects). 0 disables. */
  keepAliveMs: number;
  logger: Logger;
}

/** Where a subscription goes, and as whom. */
export interface UpstreamTarget {
  /** The subgraph's name, for the context token's audience, errors and logs. */
  subgraph: string;
  /** Its routing URL (`http(s)://…/graphql`); the socket opens on the same URL as `ws(s)://`. */
  url: string;
  /** Opening handshake and `connection_ack` deadline. */
  timeoutMs: number;
  principal: Principal;
}

/** A share of a pooled client, held by one subscription; `release()` once it ends. */
export interface UpstreamLease {
  client: Client;
  release(): void;
}

interface PooledClient {
  client: Client;
  leases: number;
  /** Aborted once the client is given up (last lease released, or pool closed): ends a retry wait at once. */
  retired: AbortController;
}

const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The graphql-ws clients to subgraphs, one per (subgraph, routing URL, principal identity):
 * every subscription of that principal to that subgraph is its own operation on the client's
 * one socket. The socket opens with the first subscription; the client is disposed, and
 * forgotten, when the last one ends. A socket that closes abnormally is opened again, and
 * graphql-ws subscribes its live operations again, up to `retries` times with exponential
 * backoff; then each of them fails.
 */
export class UpstreamPool {
  private readonly clients = new Map<string, PooledClient>();
  private readonly sockets = new SocketCounter();
  private closed = false;

  constructor(private readonly options: UpstreamPoolOptions) {}

  /** Sockets to subgraphs open (or opening) now. */
  get openSockets(): number {
    return this.sockets.open;
  }

  /** A share of the client for `target`, created if none is live; undefined once the pool is closed. */
  lease(target: UpstreamTarget): UpstreamLease | undefined {
    if (this.closed) return undefined;
    const key = `${target.subgraph}\u0000${target.url}\u0000${principalIdentity(target.principal)}`;
    let pooled = this.clients.get(key);
    if (!pooled) {
      pooled = this.create(target);
      this.clients.set(key, pooled);
    }
    const leased = pooled;
    leased.leases += 1;
    let released = false;
    return {
      client: leased.client,
      release: () => {
        if (released) return;
        released = true;
        leased.leases -= 1;
        if (leased.leases > 0) return;
        if (this.clients.get(key) === leased) this.clients.delete(key);
        this.retire(leased);
      },
    };
  }

  /** Disposes every client (their sockets close); later leases are refused. */
  close(): void {
    this.closed = true;
    for (const pooled of this.clients.values()) this.retire(pooled);
    this.clients.clear();
  }

  private create(target: UpstreamTarget): PooledClient {
    const { retries, retryDelayMs, keepAliveMs, logger } = this.options;
    const { subgraph, principal } = target;
    const retired = new AbortController();
    const client = createClient({
      url: websocketUrl(target.url),
      webSocketImpl: upstreamSocketClass({ handshakeTimeoutMs: target.timeoutMs, counter: this.sockets }),
      connectionParams: () => this.options.connectionParams(subgraph, principal),
      lazy: true,
      // The pool disposes the client when its last lease goes, so nothing is kept open for a later subscription.
      lazyCloseTimeout: 0,
      connectionAckWaitTimeout: target.timeoutMs,
      retryAttempts: retries,
      // Every closure but the pool's own is worth a retry: a restarting subgraph refuses connections for a while.
      shouldRetry: () => !retired.signal.aborted,
      retryWait: (attempt) => sleep(Math.min(retryDelayMs * 2 ** attempt, MAX_RETRY_DELAY_MS), retired.signal),
      on: {
        connected: (socket) => keepAlive(socket as WebSocket, keepAliveMs),
        closed: (event) => {
          if (retired.signal.aborted) return;
          const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
          logger.debug({ subgraph, code, reason: reason ? String(reason) : undefined }, 'subgraph subscription socket closed');
        },
      },
    });
    return { client, leases: 0, retired };
  }

  private retire(pooled: PooledClient): void {
    pooled.retired.abort();
    // Beyond graphql-ws's own lazy close: also ends a reconnection under way, and any socket it would still hold.
    Promise.resolve(pooled.client.dispose()).catch(() => {});
  }
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
