import { connect } from 'node:net';
import { Agent, request, errors as undiciErrors } from 'undici';
import type { ClientRequest, RawRequest } from './http-cases.js';

export interface Answer {
  /** HTTP status; 0 when the server closed or kept waiting without answering; -1 when the client refused to send it. */
  status: number;
  /** The start of the body, for a reproduction. */
  preview: string;
  /** `extensions.code` of each GraphQL error, when the body is a GraphQL response. */
  codes?: string[];
  /** The GraphQL response carried data (the operation reached execution). */
  hasData?: boolean;
  /** Paths of the errors coded INTERNAL_SERVER_ERROR (`-` for an error without a path). */
  internalPaths?: string[];
}

const TIMEOUT_MS = 30_000;

/** Sends fuzz requests to one origin: well-formed HTTP through undici, raw bytes through a socket. */
export class FuzzSender {
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(origin: string, connections: number) {
    this.url = new URL(origin);
    this.agent = new Agent({ connections, keepAliveTimeout: 5_000 });
  }

  async send(message: ClientRequest | RawRequest): Promise<Answer> {
    return message.kind === 'raw' ? this.sendRaw(message) : this.sendClient(message);
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async sendClient(message: ClientRequest): Promise<Answer> {
    try {
      const response = await request(new URL(message.path, this.url), {
        method: message.method as 'POST',
        headers: message.headers,
        ...(message.body !== undefined ? { body: message.body } : {}),
        dispatcher: this.agent,
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
      const text = await response.body.text();
      return { status: response.statusCode, preview: text.slice(0, 500), ...graphqlParts(text) };
    } catch (error) {
      // undici checks methods and header values before sending; the server never saw these.
      if (error instanceof undiciErrors.InvalidArgumentError || error instanceof TypeError) return { status: -1, preview: (error as Error).message };
      return { status: 0, preview: `${(error as Error).name}: ${(error as Error).message}` };
    }
  }

  private sendRaw(message: RawRequest): Promise<Answer> {
    return new Promise((resolve) => {
      const socket = connect(Number(this.url.port), this.url.hostname);
      let received = '';
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        // Pipelined requests get several answers: the worst one is the one judged.
        const statuses = [...received.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((match) => Number(match[1]));
        resolve({ status: statuses.length > 0 ? Math.max(...statuses) : 0, preview: received.slice(0, 500) });
      };
      const timer = setTimeout(finish, message.waitMs ?? TIMEOUT_MS);
      socket.on('connect', () => socket.write(message.bytes));
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        if (received.length > 256_000) finish();
      });
      socket.on('end', finish);
      socket.on('close', finish);
      socket.on('error', finish);
    });
  }
}

function graphqlParts(text: string): Pick<Answer, 'codes' | 'hasData' | 'internalPaths'> {
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: { path?: unknown[]; extensions?: { code?: unknown } }[] };
    if (typeof body !== 'object' || body === null) return {};
    const errors = Array.isArray(body.errors) ? body.errors : [];
    return {
      codes: errors.map((error) => String(error?.extensions?.code ?? 'NO_CODE')),
      hasData: body.data !== undefined && body.data !== null,
      internalPaths: errors.filter((error) => error?.extensions?.code === 'INTERNAL_SERVER_ERROR').map((error) => (Array.isArray(error.path) ? error.path.join('.') : '-')),
    };
  } catch {
    return {};
  }
}
