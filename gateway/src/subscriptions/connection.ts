import { GraphQLError } from 'graphql';
import { CloseCode, type Server, type WebSocket as ProtocolSocket } from 'graphql-ws';
import WebSocket from 'ws';
import { scrubError, type Logger } from '@phoenix/logger';
import type { Credentials } from '../auth/authenticate.js';
import type { Caller } from '../protection/admission.js';
import { closeReason, GATEWAY_CLOSE } from './close-codes.js';
import type { SubscriptionSettings } from './config.js';
import { authenticateSocket, SocketRefusal, type SocketIdentity } from './credentials.js';

/** What graphql-ws's context carries for each socket. */
export interface ConnectionExtra {
  connection: Connection;
}

export interface ConnectionOptions {
  socket: WebSocket;
  clientIp: string;
  traceparent?: string | undefined;
  settings: SubscriptionSettings;
  credentials: Credentials;
  logger: Logger;
}

interface Close {
  code: number;
  reason: string;
}

// setTimeout's largest delay; a later expiry is re-armed.
const MAX_TIMER_MS = 2 ** 31 - 1;
// Undelivered events a socket may hold, as a multiple of the limit, even while the client keeps up.
const BACKLOG_CEILING = 10;

/**
 * One client socket: hands it to graphql-ws, keeps it alive (ping/pong), authenticates its
 * `connection_init`, closes it with 4403 when its access token expires or its session ends,
 * or its API key is revoked, and counts what it holds (subscriptions, undelivered events)
 * for the limits.
 */
export class Connection {
  /** Subscriptions this socket holds. */
  subscriptions = 0;
  private identity: SocketIdentity | undefined;
  private pendingEvents = 0;
  private closed: ((code?: number, reason?: string) => Promise<void>) | undefined;
  private finished: Promise<void> | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Resolves once the socket itself is closed (close handshake done, or terminated). */
  readonly socketClosed: Promise<void>;

  constructor(private readonly options: ConnectionOptions) {
    this.socketClosed = new Promise((resolve) => options.socket.once('close', () => resolve()));
  }

  /** Starts serving the graphql-ws protocol on the socket. */
  open(server: Server<ConnectionExtra>): void {
    const { socket, logger } = this.options;
    socket.on('error', (error) => logger.debug({ reason: error.message }, 'subscription socket error'));
    socket.once('close', (code, reason) => void this.finish(code, reason.toString()));
    this.closed = server.opened(this.protocolSocket(), { connection: this });
    this.keepAlive();
  }

  /** The authenticated caller, once `connection_init` was accepted. */
  get caller(): (Caller & { traceparent?: string }) | undefined {
    if (!this.identity) return undefined;
    const { principal, partnerLimits } = this.identity;
    const { clientIp, traceparent } = this.options;
    return { principal, clientIp, ...(partnerLimits ? { partnerLimits } : {}), ...(traceparent ? { traceparent } : {}) };
  }

  get isOpen(): boolean {
    return this.finished === undefined;
  }

  /** `onConnect`: false refuses the socket, already closed here with the reason. */
  async authenticate(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<boolean> {
    try {
      this.identity = await authenticateSocket(connectionParams, this.options.credentials);
    } catch (error) {
      if (!(error instanceof SocketRefusal)) throw error;
      const close = error.kind === 'forbidden' ? GATEWAY_CLOSE.forbidden : GATEWAY_CLOSE.tryAgainLater;
      this.closeSocket({ code: close.code, reason: error.message });
      return false;
    }
    if (!this.isOpen) return false;
    this.watchCredentials(this.identity);
    return true;
  }

  /** Counts one more event received from a subgraph and not yet written to the socket. */
  addPendingEvent(): void {
    this.pendingEvents += 1;
    this.checkBacklog();
  }

  removePendingEvents(count: number): void {
    this.pendingEvents = Math.max(0, this.pendingEvents - count);
  }

  /** Closes the socket with `close` and ends its subscriptions now, without waiting for the client's close frame. */
  drop(close: Close): Promise<void> {
    this.closeSocket(close);
    return this.finish(close.code, close.reason);
  }

  /** Resolves once the socket's subscriptions have ended. */
  finish(code?: number, reason?: string): Promise<void> {
    this.finished ??= (async () => {
      for (const timer of this.timers) clearTimeout(timer);
      this.timers.clear();
      await this.closed?.(code, reason);
    })();
    return this.finished;
  }

  /** Kills the socket without a close handshake. */
  terminate(): void {
    this.options.socket.terminate();
  }

  private protocolSocket(): ProtocolSocket {
    const { socket, settings, logger } = this.options;
    return {
      protocol: socket.protocol,
      send: (data) =>
        new Promise<void>((resolve) => {
          if (socket.readyState !== WebSocket.OPEN) return resolve();
          // Resolving only once written makes graphql-ws wait for the client before the next event.
          socket.send(data, () => resolve());
          if (socket.bufferedAmount > settings.maxBufferedBytes) void this.drop(GATEWAY_CLOSE.slowConsumer);
          else this.checkBacklog();
        }),
      close: (code, reason) => this.closeSocket({ code: code ?? 1000, reason: reason ?? '' }),
      onMessage: (handle) => {
        socket.on('message', (data) => {
          if (!this.isOpen) return;
          handle(String(data)).catch((error: unknown) => {
            logger.error({ err: scrubError(error) }, 'subscription message handling failed');
            void this.drop({ code: CloseCode.InternalServerError, reason: 'Internal server error' });
          });
        });
      },
    };
  }

  /**
   * A client is slow when events pile up while the socket cannot take more (bytes wait in
   * our buffer: the network or the client is not reading). A burst the client keeps up with
   * is not, up to a ceiling that bounds memory whatever the cause.
   */
  private checkBacklog(): void {
    const { maxPendingEvents } = this.options.settings;
    if (this.pendingEvents <= maxPendingEvents || !this.isOpen) return;
    if (this.pendingEvents > maxPendingEvents * BACKLOG_CEILING) void this.drop(GATEWAY_CLOSE.overloaded);
    else if (this.options.socket.bufferedAmount > 0) void this.drop(GATEWAY_CLOSE.slowConsumer);
  }

  private closeSocket(close: Close): void {
    const { socket } = this.options;
    if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) socket.close(close.code, closeReason(close.reason));
  }

  private keepAlive(): void {
    const { socket, settings } = this.options;
    if (settings.keepAliveMs <= 0) return;
    let answered = true;
    socket.on('pong', () => {
      answered = true;
    });
    const timer = setInterval(() => {
      if (!answered) return socket.terminate();
      answered = false;
      socket.ping();
    }, settings.keepAliveMs);
    timer.unref();
    this.timers.add(timer);
  }

  private watchCredentials(identity: SocketIdentity): void {
    if (identity.expiresAtMs !== undefined) this.expireAt(identity.expiresAtMs);
    const recheck = this.recheckOf(identity);
    if (!recheck) return;
    let checking = false;
    const timer = setInterval(() => {
      if (checking) return;
      checking = true;
      recheck()
        .catch((error: unknown) => {
          if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
            return this.drop({ code: GATEWAY_CLOSE.forbidden.code, reason: error.message });
          }
          // Accounts unreachable: the credential was valid and nothing says otherwise yet.
          this.options.logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'cannot re-check the credentials of a subscription socket');
        })
        .finally(() => {
          checking = false;
        });
    }, this.options.settings.credentialCheckSeconds * 1000);
    timer.unref();
    this.timers.add(timer);
  }

  /** What says the socket's credential still holds: its API key still resolves, or its access token's session is still active. */
  private recheckOf({ principal, apiKey }: SocketIdentity): (() => Promise<unknown>) | undefined {
    const { apiKeys, sessions } = this.options.credentials;
    if (apiKey !== undefined) return () => apiKeys.resolve(apiKey);
    if (principal.kind === 'user' && principal.sessionId !== undefined) {
      const session = { userId: principal.userId, sessionId: principal.sessionId };
      return () => sessions.check(session);
    }
    return undefined;
  }

  private expireAt(expiresAtMs: number): void {
    const remaining = expiresAtMs - Date.now();
    if (remaining <= 0) {
      void this.drop({ code: GATEWAY_CLOSE.forbidden.code, reason: 'The access token has expired; connect again with a fresh one.' });
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.expireAt(expiresAtMs);
    }, Math.min(remaining, MAX_TIMER_MS));
    timer.unref();
    this.timers.add(timer);
  }
}
