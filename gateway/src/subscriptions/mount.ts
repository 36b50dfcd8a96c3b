import type http from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApolloGateway, GraphQLDataSource, ServiceMap } from '@apollo/gateway';
import { Kind, type ExecutionArgs, type GraphQLError, type OperationDefinitionNode } from 'graphql';
import { handleProtocols, makeServer, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { CONTEXT_TOKEN_HEADER, type ContextTokenSigner } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';
import { subscriptionMetrics } from '@phoenix/telemetry';
import type { KeySource } from '../auth/access-token.js';
import { subgraphSettings, type GatewayConfig } from '../config.js';
import { readTraceparent, type GatewayContext } from '../context.js';
import type { Caller } from '../protection/admission.js';
import type { Protection } from '../protection/setup.js';
import { SubscriptionCaps } from './caps.js';
import { GATEWAY_CLOSE } from './close-codes.js';
import { Connection, type ConnectionExtra } from './connection.js';
import { formatResult, socketErrorFormatter } from './errors.js';
import { EventStream } from './event-stream.js';
import { EventExecutor } from './execute-event.js';
import { clientAddress, originAllowed, refuseUpgrade, sizeInBytes } from './handshake.js';
import { SubscriptionPlanner, type SupergraphPlanning } from './planner.js';
import { prepareSubscription, type PreparedSubscription } from './prepare.js';
import { UpstreamPool } from './upstream-pool.js';
import { subscribeUpstream } from './upstream.js';

export interface MountSubscriptionsOptions {
  httpServer: http.Server;
  gateway: ApolloGateway;
  config: GatewayConfig;
  protection: Pick<Protection, 'admission' | 'operationLimits' | 'manifest' | 'apiKeys' | 'sessions'>;
  keys: KeySource;
  signer: ContextTokenSigner;
  /** A data source for a subgraph, built as the gateway builds its own. */
  buildService(definition: { name: string; url?: string }): GraphQLDataSource;
  logger: Logger;
}

export interface GatewaySubscriptions {
  /** Add to Apollo Server's plugins: its drain (gateway stop) closes every socket. */
  plugin: ApolloServerPlugin<GatewayContext>;
  /** Refuses new sockets, closes the open ones (1001) and ends their subscriptions, then closes the sockets to subgraphs. */
  close(): Promise<void>;
  /** Open client sockets, the subscriptions they hold, and the sockets to subgraphs they share. */
  stats(): { connections: number; subscriptions: number; upstreamSockets: number };
}

/** What `onSubscribe` hands to `subscribe` through graphql-ws's execution arguments. */
interface Admitted {
  prepared: PreparedSubscription;
  connection: Connection;
  caller: Caller & { traceparent?: string };
  release(): void;
}

// After `close()` sends the close frames, how long clients have to answer before their sockets are cut.
const CLOSE_GRACE_MS = 1_000;

/**
 * Serves GraphQL subscriptions over graphql-ws on the gateway's `/graphql`, which
 * `@apollo/gateway` does not execute: authenticates `connection_init`, runs each `subscribe`
 * through the same checks as HTTP, plans it, subscribes to the owning subgraph over
 * graphql-ws and resolves the rest of every event through the gateway's executor. Must be
 * called before Apollo Server starts (it listens for the supergraph).
 */
export function mountSubscriptions(options: MountSubscriptionsOptions): GatewaySubscriptions {
  const { config, logger, protection } = options;
  const settings = config.subscriptions;
  const trustProxyHops = config.protection.trustProxyHops;
  const planner = new SubscriptionPlanner();
  options.gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => planner.record(apiSchema, coreSupergraphSdl));
  const format = socketErrorFormatter(logger, { introspection: config.GATEWAY_INTROSPECTION });
  const credentials = { keys: options.keys, apiKeys: protection.apiKeys, sessions: protection.sessions, logger };
  const prepareOptions = {
    planner,
    admission: protection.admission,
    persisted: { manifest: protection.manifest, apq: config.protection.apq },
    parseOptions: protection.operationLimits.parseOptions,
    validationRules: protection.operationLimits.validationRules,
    logger,
  };
  const connections = new Set<Connection>();
  const metrics = subscriptionMetrics('gateway');
  const caps = new SubscriptionCaps({ perConnection: settings.maxPerConnection, perPrincipal: settings.maxPerPrincipal });
  const services = serviceRegistry(options.buildService);
  const upstreamPool = new UpstreamPool({
    connectionParams: async (subgraph, principal) => ({ [CONTEXT_TOKEN_HEADER]: await options.signer.sign(principal, subgraph.toLowerCase()) }),
    retries: settings.upstreamRetries,
    retryDelayMs: settings.upstreamRetryDelayMs,
    keepAliveMs: settings.keepAliveMs,
    logger,
  });
  let closing: Promise<void> | undefined;

  const server = makeServer<Record<string, unknown> | undefined, ConnectionExtra>({
    connectionInitWaitTimeout: settings.initTimeoutMs,
    onConnect: ({ extra, connectionParams }) => extra.connection.authenticate(connectionParams ?? undefined),
    onSubscribe: ({ extra }, _id, payload) => admit(extra.connection, payload),
    subscribe: (args) => start(args.contextValue as Admitted),
    onNext: (_ctx, _id, _payload, _args, result) => formatResult(result, format),
    onError: (_ctx, _id, _payload, errors) => errors.map(format),
  });

  const wss = new WebSocketServer({ noServer: true, handleProtocols, maxPayload: sizeInBytes(config.BODY_LIMIT) });
  const onUpgrade = (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (new URL(request.url ?? '/', 'http://gateway').pathname !== '/graphql') return refuseUpgrade(socket, 404);
    if (closing) return refuseUpgrade(socket, 503);
    if (!originAllowed(request, config.CORS_ORIGINS, trustProxyHops)) {
      logger.info({ origin: request.headers.origin }, 'subscription socket refused: origin not allowed');
      return refuseUpgrade(socket, 403);
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
  };
  options.httpServer.on('upgrade', onUpgrade);

  function accept(socket: WebSocket, request: http.IncomingMessage): void {
    const traceparent = readTraceparent(typeof request.headers.traceparent === 'string' ? request.headers.traceparent : undefined);
    const connection = new Connection({ socket, clientIp: clientAddress(request, trustProxyHops), traceparent, settings, credentials, logger });
    connections.add(connection);
    metrics.connectionOpened();
    void connection.socketClosed.then(() => {
      connections.delete(connection);
      metrics.connectionClosed();
    });
    connection.open(server);
  }

  async function admit(connection: Connection, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const caller = connection.caller;
    if (!caller || !connection.isOpen) return [phoenixError('UNAUTHENTICATED', 'The connection is not authenticated.')];
    const applied = protection.admission.limitsFor(caller);
    const reserved = caps.reserve(connection, applied.buckets[0].key);
    if ('refusal' in reserved) return [reserved.refusal];
    let prepared: Awaited<ReturnType<typeof prepareSubscription>>;
    try {
      prepared = await prepareSubscription(payload, caller, applied, prepareOptions);
    } catch (error) {
      logger.error({ err: scrubError(error) }, 'cannot prepare a subscription');
      prepared = [phoenixError('INTERNAL_SERVER_ERROR', 'Internal server error')];
    }
    if (!('plan' in prepared)) {
      reserved.release();
      return prepared;
    }
    const admitted: Admitted = { prepared, connection, caller, release: reserved.release };
    return { schema: prepared.schema, document: prepared.document, operationName: prepared.operationName, variableValues: prepared.variables, contextValue: admitted };
  }

  function start({ prepared, connection, caller, release }: Admitted): EventStream {
    const { plan, planning } = prepared;
    const { primary } = plan;
    const routingUrl = planning.subgraphs.find((subgraph) => subgraph.name === primary.serviceName)?.url ?? '';
    const endpoint = subgraphSettings(config, primary.serviceName, routingUrl);
    const context: GatewayContext = {
      principal: caller.principal,
      clientIp: caller.clientIp,
      ...(caller.partnerLimits ? { partnerLimits: caller.partnerLimits } : {}),
      ...(caller.traceparent ? { traceparent: caller.traceparent } : {}),
    };
    const executor = new EventExecutor({ ...prepared, context, services: services(planning), logger });
    const field = rootFieldName(prepared.operation);
    metrics.subscriptionStarted(field);
    const stream = new EventStream({
      execute: async (event) => {
        const result = await executor.execute(event);
        metrics.delivered(field);
        return result;
      },
      addPending: () => connection.addPendingEvent(),
      removePending: (count) => connection.removePendingEvents(count),
      onEnd: async () => {
        metrics.subscriptionEnded(field);
        release();
      },
    });
    const source = subscribeUpstream(
      {
        pool: upstreamPool,
        target: { subgraph: primary.serviceName, url: endpoint.url, timeoutMs: endpoint.timeoutMs, principal: caller.principal },
        request: { query: primary.operation, variables: usedVariables(prepared.variables, primary.variableUsages), operationName: primary.operationName },
        logger,
      },
      { next: (event) => stream.push(event), fail: (errors) => stream.fail(errors), complete: () => stream.end() },
    );
    stream.attach(source);
    return stream;
  }

  async function close(): Promise<void> {
    closing ??= (async () => {
      options.httpServer.off('upgrade', onUpgrade);
      const open = [...connections];
      await Promise.all(open.map((connection) => connection.drop(GATEWAY_CLOSE.goingAway)));
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(open.map((connection) => connection.socketClosed)),
        new Promise<void>((resolve) => (grace = setTimeout(resolve, CLOSE_GRACE_MS))),
      ]);
      clearTimeout(grace);
      for (const connection of open) connection.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      upstreamPool.close();
    })();
    return closing;
  }

  return {
    plugin: {
      async serverWillStart() {
        return {
          async drainServer() {
            await close();
          },
        };
      },
    },
    close,
    stats: () => ({
      connections: connections.size,
      subscriptions: [...connections].reduce((sum, connection) => sum + connection.subscriptions, 0),
      upstreamSockets: upstreamPool.openSockets,
    }),
  };
}

// A metric label must come from the schema, never from the client: the root field's name, not its alias.
function rootFieldName(operation: OperationDefinitionNode): string {
  const field = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  return field?.name.value ?? 'unknown';
}

/** The variables a subgraph operation declares, as the executor passes them. */
function usedVariables(variables: Record<string, unknown>, names: readonly string[] | undefined): Record<string, unknown> {
  const used: Record<string, unknown> = {};
  for (const name of names ?? []) if (variables[name] !== undefined) used[name] = variables[name];
  return used;
}

/** One data source per subgraph and routing URL, shared by every subscription. */
function serviceRegistry(buildService: MountSubscriptionsOptions['buildService']): (planning: SupergraphPlanning) => ServiceMap {
  const dataSources = new Map<string, GraphQLDataSource>();
  const maps = new WeakMap<SupergraphPlanning, ServiceMap>();
  return (planning) => {
    let map = maps.get(planning);
    if (map) return map;
    map = Object.create(null) as ServiceMap;
    for (const { name, url } of planning.subgraphs) {
      const key = `${name}\u0000${url}`;
      let dataSource = dataSources.get(key);
      if (!dataSource) {
        dataSource = buildService({ name, url });
        dataSources.set(key, dataSource);
      }
      map[name] = dataSource;
    }
    maps.set(planning, map);
    return map;
  };
}
