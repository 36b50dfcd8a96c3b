import type http from 'node:http';
import { CloseCode, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { scrubError, type Logger } from '@phoenix/logger';

/** What graphql-ws's context carries for each socket, besides what our hooks add. */
export interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: http.IncomingMessage;
}

/**
 * graphql-ws on a `ws` server. Like graphql-ws's own `useServer`, but failures go to our
 * logger (scrubbed, never the console) and close reasons never carry an error message. Each
 * socket is pinged every `keepAliveMs`; one that has not answered by the next ping is cut.
 */
export function serveGraphqlWs<E extends SocketExtra>(
  options: ServerOptions<Record<string, unknown>, E>,
  webSockets: WebSocketServer,
  settings: { keepAliveMs: number; logger: Logger },
): void {
  const { keepAliveMs, logger } = settings;
  const server = makeServer(options);
  webSockets.on('error', (error) => logger.error({ err: scrubError(error) }, 'WebSocket server error'));
  webSockets.on('connection', (socket, request) => {
    let answered = true;
    socket.on('pong', () => {
      answered = true;
    });
    const heartbeat = setInterval(() => {
      if (!answered) {
        socket.terminate();
        return;
      }
      answered = false;
      socket.ping();
    }, keepAliveMs);

    socket.once('error', (error) => {
      // ws reports oversized or malformed frames here and closes the socket itself (1009, 1002).
      logger.warn({ err: scrubError(error) }, 'WebSocket error; connection closed');
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              logger.error({ err: scrubError(error) }, 'graphql-ws message handling failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            }
          }),
      },
      { socket, request } as E,
    );
    socket.once('close', (code, reason) => {
      clearInterval(heartbeat);
      closed(code, String(reason)).catch((error: unknown) => logger.error({ err: scrubError(error) }, 'graphql-ws close handling failed'));
    });
  });
}
