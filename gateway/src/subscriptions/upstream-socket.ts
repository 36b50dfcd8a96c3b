import WebSocket from 'ws';

/** Counts the sockets to subgraphs that exist, from their creation (connecting) to their close. */
export class SocketCounter {
  private count = 0;

  get open(): number {
    return this.count;
  }

  track(socket: WebSocket): void {
    this.count += 1;
    socket.once('close', () => {
      this.count -= 1;
    });
  }
}

/**
 * The WebSocket class graphql-ws's client instantiates for a subgraph: `ws` with an opening
 * handshake deadline, each instance counted by `counter` until it closes.
 */
export function upstreamSocketClass(options: { handshakeTimeoutMs: number; counter: SocketCounter }): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  const { handshakeTimeoutMs, counter } = options;
  return class UpstreamSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { handshakeTimeout: handshakeTimeoutMs });
      counter.track(this);
    }
  };
}

/** Pings `socket` every `intervalMs`; one that has not answered by the next ping is terminated. 0 disables. */
export function keepAlive(socket: WebSocket, intervalMs: number): void {
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

/** `http://host/graphql` → `ws://host/graphql` (`https` → `wss`). */
export function websocketUrl(routingUrl: string): string {
  const url = new URL(routingUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : url.protocol === 'http:' ? 'ws:' : url.protocol;
  return url.toString();
}
