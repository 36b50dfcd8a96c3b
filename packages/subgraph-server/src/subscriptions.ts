import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { handleProtocols, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer } from 'ws';
import { CONTEXT_TOKEN_HEADER, InvalidContextTokenError, type ContextTokenVerifier, type Principal } from '@phoenix/context-token';
import { phoenixError, type ErrorCode } from '@phoenix/errors';
import { formatClientError } from '@phoenix/http';
import type { Logger } from '@phoenix/logger';
import { isAsyncIterable, subscribeWithFreshContexts, type SubscriptionLifecycle } from './fresh-context-subscribe.js';
import { serveGraphqlWs, type SocketExtra } from './graphql-ws-adapter.js';
import type { SubgraphContext, SubgraphDefinition } from './server.js';

export interface SubscriptionOptions {
  /** Interval of WebSocket pings; a peer that has not answered by the next one is dropped. */
  keepAliveMs?: number;
  /** Largest message accepted from a peer; a larger one closes the socket (1009). */
  maxPayloadBytes?: number;
  /** Told about connections and subscriptions, e.g. `subscriptionMetrics(name)` of @phoenix/telemetry. */
  observer?: SubscriptionObserver;
}

/** Observes the WebSocket server; `field` is the subscription's root field name from the schema, never client input. */
export interface SubscriptionObserver {
  connectionOpened(): void;
  connectionClosed(): void;
  subscriptionStarted(field: string): void;
  subscriptionEnded(field: string): void;
  delivered(field: string): void;
  /** The subscription's source dropped it for reading too slowly (`SubscriberOverflowError` of @phoenix/pubsub). */
  overflowed(field: string): void;
}

/** graphql-ws serves on the same path as HTTP: ws://host:port/graphql. */
export const SUBSCRIPTIONS_PATH = '/graphql';
const DEFAULT_KEEP_ALIVE_MS = 12_000;
const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;
/** Peers that do not answer the closing handshake in time are cut, so a stop never hangs. */
const CLOSE_GRACE_MS = 5_000;
/** RFC 6455: the server is going down. */
const GOING_AWAY = 1001;

export interface SubscriptionServer {
  /** Closes every socket (1001 Going away) and refuses new ones. Safe to call more than once. */
  close(): Promise<void>;
  /** Closes the sockets when Apollo Server drains, for owners that only call `apollo.stop()`. */
  plugin: ApolloServerPlugin<SubgraphContext>;
}

export interface SubscriptionServerArgs<TContext extends SubgraphContext> {
  httpServer: http.Server;
  /** The schema HTTP serves (graphql-shield included). */
  schema: GraphQLSchema;
  definition: SubgraphDefinition<TContext>;
  verifier: ContextTokenVerifier;
  logger: Logger;
  options?: SubscriptionOptions | undefined;
}

type ConnectionExtra = SocketExtra & { principal?: Principal };

/**
 * graphql-ws on the subgraph's HTTP server, for schemas with a Subscription type (undefined
 * otherwise). The gateway authenticates once per connection: `connection_init` carries its
 * context token in `connectionParams['x-phoenix-context']`, checked like the HTTP header, and
 * the token's principal is the caller of every operation on that connection. Only
 * subscriptions are served; each event is executed with a fresh context (new DataLoaders).
 */
export function createSubscriptionServer<TContext extends SubgraphContext>(args: SubscriptionServerArgs<TContext>): SubscriptionServer | undefined {
  const { httpServer, schema, definition, verifier, logger } = args;
  const observer = args.options?.observer;
  if (!schema.getSubscriptionType()) return undefined;
  const formatError = formatClientError(logger);
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  const contextFor = (principal: Principal) => definition.createContext({ principal });

  const webSockets = new WebSocketServer({
    noServer: true,
    path: SUBSCRIPTIONS_PATH,
    handleProtocols,
    maxPayload: args.options?.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
  });
  serveGraphqlWs<ConnectionExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.[CONTEXT_TOKEN_HEADER];
        try {
          ctx.extra.principal = await verifier.verify(typeof token === 'string' ? token : undefined);
          return true;
        } catch (error) {
          if (!(error instanceof InvalidContextTokenError)) throw error;
          logger.warn({ reason: error.message, subgraph: definition.name }, 'WebSocket refused: no valid context token');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const prepared = prepareSubscription(schema, payload);
        if (!('document' in prepared)) return prepared;
        // graphql-ws only runs operations after an accepted connection_init, which set the principal.
        return { ...prepared, contextValue: await contextFor(ctx.extra.principal as Principal) };
      },
      subscribe: async (execution: ExecutionArgs) => {
        const field = rootFieldName(execution);
        const principal = (execution.contextValue as SubgraphContext).principal;
        const result = await subscribeWithFreshContexts(execution, () => contextFor(principal), observer && lifecycleOf(observer, field));
        if (observer && isAsyncIterable(result)) observer.subscriptionStarted(field);
        return result;
      },
      onNext: (_ctx, _id, _payload, _execution, result: ExecutionResult): FormattedExecutionResult | undefined =>
        result.errors ? { ...result, errors: format(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    webSockets,
    { keepAliveMs: args.options?.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS, logger },
  );

  if (observer) {
    webSockets.on('connection', (socket) => {
      observer.connectionOpened();
      socket.once('close', () => observer.connectionClosed());
    });
  }

  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    webSockets.handleUpgrade(request, socket, head, (webSocket) => webSockets.emit('connection', webSocket, request));
  };
  httpServer.on('upgrade', onUpgrade);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      httpServer.off('upgrade', onUpgrade);
      const cut = setTimeout(() => {
        for (const socket of webSockets.clients) socket.terminate();
      }, CLOSE_GRACE_MS);
      for (const socket of webSockets.clients) socket.close(GOING_AWAY, 'Going away');
      // Resolves once every socket has closed.
      await new Promise<void>((resolve) => webSockets.close(() => resolve()));
      clearTimeout(cut);
    })());
  return {
    close,
    plugin: {
      async serverWillStart() {
        return { drainServer: close };
      },
    },
  };
}

function lifecycleOf(observer: SubscriptionObserver, field: string): SubscriptionLifecycle {
  return {
    delivered: () => observer.delivered(field),
    ended: (error) => {
      if (error instanceof Error && error.name === 'SubscriberOverflowError') observer.overflowed(field);
      observer.subscriptionEnded(field);
    },
  };
}

/** The operation's root field (subscriptions have exactly one), as the schema names it. */
function rootFieldName(execution: ExecutionArgs): string {
  const operation = getOperationAST(execution.document, execution.operationName);
  const first = operation?.selectionSet.selections[0];
  return first?.kind === Kind.FIELD ? first.name.value : 'unknown';
}

type PreparedSubscription = Pick<ExecutionArgs, 'schema' | 'document' | 'operationName' | 'variableValues'>;

/** Parses and validates an operation, refusing anything but a subscription, with catalogued codes. */
function prepareSubscription(schema: GraphQLSchema, payload: SubscribePayload): PreparedSubscription | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [phoenixError('OPERATION_RESOLUTION_FAILURE', 'The document does not name one operation to run.')];
  if (operation.operation !== 'subscription') {
    return [phoenixError('BAD_REQUEST', 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP.')];
  }
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (variables.errors) return variables.errors.map((error) => withCode(error, 'BAD_USER_INPUT'));
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

function withCode(error: GraphQLError, code: ErrorCode): GraphQLError {
  return new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    extensions: { ...error.extensions, code },
  });
}
