import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { resolversBySubgraph, type SubgraphName } from './resolvers.js';

export interface ScenarioSubgraph {
  name: SubgraphName;
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** GraphQL requests answered since start (the gateway's subgraph calls). */
  requests(): number;
  close(): Promise<void>;
}

// The gateway sends the same few subgraph operations over and over; past this many distinct
// bodies something is wrong (or someone else is calling), so answers are computed, not kept.
const MAX_MEMOIZED_BODIES = 5_000;
const MAX_BODY_BYTES = 1_048_576;

/**
 * One benchmark subgraph on a plain `node:http` server (loopback only). The first answer to a
 * given request body is computed by real GraphQL execution on `buildSubgraphSchema`; the
 * serialized answer is then replayed for identical bodies, so under load the subgraph costs
 * next to nothing and the gateway is what is measured. `GET /stats` returns the request count.
 */
export async function startScenarioSubgraph(name: SubgraphName, port = 0): Promise<ScenarioSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(readFileSync(new URL(`./${name}.graphql`, import.meta.url), 'utf8')),
    resolvers: resolversBySubgraph[name],
  });
  const answers = new Map<string, string>();
  let requests = 0;

  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/stats') {
      send(res, 200, JSON.stringify({ requests }));
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, JSON.stringify({ errors: [{ message: 'POST only' }] }));
      return;
    }
    readBody(req)
      .then(async (body) => {
        requests++;
        let answer = answers.get(body);
        if (answer === undefined) {
          const { text, cacheable } = await answerOf(schema, body);
          answer = text;
          if (cacheable && answers.size < MAX_MEMOIZED_BODIES) answers.set(body, answer);
        }
        send(res, 200, answer);
      })
      .catch((error: unknown) => {
        if (!res.headersSent && !res.destroyed) send(res, 400, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    name,
    url: `http://127.0.0.1:${address.port}/graphql`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answerOf(schema: GraphQLSchema, body: string): Promise<{ text: string; cacheable: boolean }> {
  let document: DocumentNode;
  let request: { query?: unknown; variables?: unknown; operationName?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
    if (typeof request.query !== 'string') throw new Error('query must be a string');
    document = parse(request.query);
  } catch (error) {
    return { text: JSON.stringify({ errors: [{ message: `bad request: ${(error as Error).message}` }] }), cacheable: false };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { text: JSON.stringify({ errors: validationErrors }), cacheable: false };
  const result = await execute({
    schema,
    document,
    variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
  });
  return { text: JSON.stringify(result), cacheable: result.errors === undefined };
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
