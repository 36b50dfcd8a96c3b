import type { Socket } from 'node:net';
import WebSocket from 'ws';

/** A graphql-transport-ws message as the gateway sends it. */
export interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

export interface Closed {
  code: number;
  reason: string;
}

export const GRAPHQL_TRANSPORT_WS = 'graphql-transport-ws';

/**
 * A bare graphql-ws client speaking the protocol message by message, so tests can break it on
 * purpose and see every message and close code the gateway sends.
 */
export class ProtocolClient {
  readonly closed: Promise<Closed>;
  private readonly queues = new Map<string, Message[]>();
  private readonly waiters = new Map<string, () => void>();
  private closedWith: Closed | undefined;
  private tcp: Socket | undefined;

  private constructor(private readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => {
        this.closedWith = { code, reason: reason.toString() };
        for (const wake of this.waiters.values()) wake();
        this.waiters.clear();
        resolve(this.closedWith);
      });
    });
    socket.on('upgrade', (response) => {
      this.tcp = response.socket as Socket;
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as Message;
      const key = message.id ?? '';
      const queue = this.queues.get(key) ?? [];
      queue.push(message);
      this.queues.set(key, queue);
      this.waiters.get(key)?.();
      this.waiters.delete(key);
    });
    socket.on('error', () => {});
  }

  /** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
  static open(url: string, options: { origin?: string; protocols?: string | string[] } = {}): Promise<ProtocolClient> {
    const socket = new WebSocket(url, options.protocols ?? GRAPHQL_TRANSPORT_WS, options.origin ? { origin: options.origin } : {});
    const client = new ProtocolClient(socket);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(client));
      socket.once('unexpected-response', (_request, response) => {
        reject(new UpgradeRefused(response.statusCode ?? 0));
        response.resume();
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  send(message: Message | string): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends `connection_init` and waits for `connection_ack`; rejects with the close if refused. */
  async init(payload?: Record<string, unknown>): Promise<Message> {
    this.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
    const message = await this.next();
    if (message.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${message.type}`);
    return message;
  }

  subscribe(id: string, query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): void {
    this.send({ id, type: 'subscribe', payload: { query, ...(variables ? { variables } : {}), ...(extensions ? { extensions } : {}) } });
  }

  complete(id: string): void {
    this.send({ id, type: 'complete' });
  }

  /** The next message of operation `id` (connection messages without `id`); rejects once the socket is closed. */
  async next(id = ''): Promise<Message> {
    for (;;) {
      const message = this.queues.get(id)?.shift();
      if (message) return message;
      if (this.closedWith) throw new SocketClosed(this.closedWith);
      await new Promise<void>((resolve) => this.waiters.set(id, resolve));
    }
  }

  /** Every message of operation `id` up to its `complete` or `error`, included. */
  async untilDone(id: string): Promise<Message[]> {
    const messages: Message[] = [];
    for (;;) {
      const message = await this.next(id);
      messages.push(message);
      if (message.type === 'complete' || message.type === 'error') return messages;
    }
  }

  /** The errors of the `error` message that refuses operation `id`. */
  async refusal(id: string): Promise<GraphQLErrorShape[]> {
    const message = await this.next(id);
    if (message.type !== 'error') throw new Error(`expected an error message, got ${JSON.stringify(message)}`);
    return message.payload as GraphQLErrorShape[];
  }

  /** Stops reading from the TCP connection, as a client on a slow network. */
  pauseReading(): void {
    this.tcp?.pause();
  }

  resumeReading(): void {
    this.tcp?.resume();
  }

  close(): Promise<Closed> {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close(1000);
    return this.closed;
  }

  /** Ends the socket without a handshake; for cleanup after tests that stop reading. */
  terminate(): void {
    this.socket.terminate();
  }
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`WebSocket upgrade refused with HTTP ${status}`);
    this.name = 'UpgradeRefused';
  }
}

export class SocketClosed extends Error {
  constructor(readonly closed: Closed) {
    super(`socket closed with ${closed.code} ${closed.reason}`);
    this.name = 'SocketClosed';
  }
}
