import { ContextTokenSigner, ContextTokenVerifier, CONTEXT_TOKEN_HEADER, type Principal } from '@phoenix/context-token';
import { generatePemKeyPair, importPrivateKey, importPublicKey } from '@phoenix/keys';
import { createLogger, type Logger } from '@phoenix/logger';
import { GATEWAY_SERVICE_PRINCIPAL, INTERNAL_PATH } from './internal.js';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext, type SubgraphDefinition } from './server.js';
import { subscribeOverWebSocket } from './subscription-client.js';

export { SubscriptionClosedError, subscribeOverWebSocket } from './subscription-client.js';
export { schemaProblems } from './json-schema-problems.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions: { code: string } & Record<string, unknown> }[];
}

export interface TestSubgraph extends RunningSubgraph {
  /** Sends an operation as the gateway would, with a context token for `principal`. */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): Promise<GraphQLResponse<TData>>;
  /**
   * POSTs JSON to `/internal/<path>` as the gateway does, with a context token of its service
   * principal (or of `principal`; `null` sends none).
   */
  internal<TBody = unknown>(path: string, body: unknown, principal?: Principal | null): Promise<{ status: number; body: TBody }>;
  /**
   * Runs a subscription over graphql-ws as the gateway would (context token for `principal` in
   * `connectionParams`), on a connection of its own; `return()` disposes the client. Errors the
   * server sends come as a last `{ errors }` result; an early close throws `SubscriptionClosedError`.
   */
  subscribe<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    principal?: Principal,
  ): AsyncIterableIterator<{ data?: TData | null; errors?: GraphQLResponse['errors'] }>;
  /** The subgraph's graphql-ws address (ws://host:port/graphql). */
  webSocketUrl: string;
}

/** Starts a subgraph on a free port with a throwaway context-token key pair, for tests. */
export async function startTestSubgraph<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: { logger?: Logger } = {},
): Promise<TestSubgraph> {
  const pair = await generatePemKeyPair();
  const signer = new ContextTokenSigner({ privateKey: await importPrivateKey(pair.privateKeyPem) });
  const running = await startSubgraphServer(definition, {
    port: 0,
    logger: options.logger ?? createLogger(definition.name, 'silent'),
    verifier: new ContextTokenVerifier(await importPublicKey(pair.publicKeyPem), definition.name),
  });
  const webSocketUrl = running.url.replace(/^http/, 'ws');
  return {
    ...running,
    webSocketUrl,
    subscribe<TData>(query: string, variables: Record<string, unknown> = {}, principal: Principal = { kind: 'anonymous' }) {
      const connectionParams = async () => ({ [CONTEXT_TOKEN_HEADER]: await signer.sign(principal, definition.name) });
      return subscribeOverWebSocket<TData>(webSocketUrl, connectionParams, { query, variables }) as AsyncIterableIterator<{
        data?: TData | null;
        errors?: GraphQLResponse['errors'];
      }>;
    },
    async execute<TData>(query: string, variables: Record<string, unknown> = {}, principal: Principal = { kind: 'anonymous' }) {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: await signer.sign(principal, definition.name) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<TData>, 'status'>) };
    },
    async internal<TBody>(path: string, body: unknown, principal: Principal | null = GATEWAY_SERVICE_PRINCIPAL) {
      const url = running.url.replace(/\/graphql$/, `${INTERNAL_PATH}/${path}`);
      const token: Record<string, string> = principal ? { [CONTEXT_TOKEN_HEADER]: await signer.sign(principal, definition.name) } : {};
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...token }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as TBody };
    },
  };
}
export { startRestartableSubgraph, type RestartableSubgraph, type RestartableSubgraphOptions, type SubgraphInstance } from './restartable-subgraph.js';
