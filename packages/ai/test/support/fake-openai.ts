import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A request the fake server received: its headers and parsed JSON body. */
export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: { model?: string; messages?: { role: string; content: string }[]; stream?: boolean; max_tokens?: number };
}

export type Behaviour = (res: http.ServerResponse, request: ReceivedRequest) => Promise<void> | void;

/**
 * A local HTTP server speaking OpenAI's `/v1/chat/completions` protocol, whose answer to each
 * request is set by the test (`behave`). Every request is kept in `received`.
 */
export interface FakeOpenAi {
  baseUrl: string;
  received: ReceivedRequest[];
  behave(behaviour: Behaviour): void;
  close(): Promise<void>;
}

export async function startFakeOpenAi(initial: Behaviour = streamWords(['Bonjour', ' !'])): Promise<FakeOpenAi> {
  let behaviour = initial;
  const received: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const request: ReceivedRequest = { path: req.url ?? '', headers: req.headers, body: raw ? (JSON.parse(raw) as ReceivedRequest['body']) : {} };
      received.push(request);
      Promise.resolve(behaviour(res, request)).catch(() => res.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    behave(next) {
      behaviour = next;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function chunk(content: string, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}

/** Streams `words` as SSE chunks, `delayMs` apart, then a usage chunk and `[DONE]`. */
export function streamWords(words: string[], options: { delayMs?: number; usage?: { prompt_tokens: number; completion_tokens: number } } = {}): Behaviour {
  return async (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(': keep-alive\n\n');
    for (const word of words) {
      res.write(chunk(word));
      if (options.delayMs) await sleep(options.delayMs);
    }
    res.write(chunk('', 'stop'));
    if (options.usage) res.write(`data: ${JSON.stringify({ choices: [], usage: options.usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  };
}

/** Answers an HTTP error with OpenAI's error body. */
export function failWith(status: number): Behaviour {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { message: 'upstream trouble', type: 'server_error', code: status } }));
  };
}

/** Streams some words, then a chunk that is not JSON. */
export function malformedAfter(words: string[]): Behaviour {
  return (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const word of words) res.write(chunk(word));
    res.end('data: {"choices": [{"delta": {"content": "oops"\n\n');
  };
}

/** Streams some words, then closes the connection without finishing. */
export function cutAfter(words: string[]): Behaviour {
  return (res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const word of words) res.write(chunk(word));
    res.end();
  };
}

/** Waits `delayMs` before answering at all. */
export function slow(delayMs: number, then: Behaviour = streamWords(['Trop', ' tard'])): Behaviour {
  return async (res, request) => {
    await sleep(delayMs);
    if (!res.destroyed && !res.writableEnded) await then(res, request);
  };
}
