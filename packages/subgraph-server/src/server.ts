import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import express, { type Express, type Request, type Router } from 'express';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { CONTEXT_TOKEN_HEADER, InvalidContextTokenError, type ContextTokenVerifier, type Principal } from '@phoenix/context-token';
import { phoenixError } from '@phoenix/errors';
import type { Logger } from '@phoenix/logger';
import { interceptQueries, type DatabaseHandle } from '@phoenix/db';
import { createTelemetry, subscriptionMetrics, traceQuery, type ServiceTelemetry } from '@phoenix/telemetry';
import { bodyAlwaysSet, bodyErrors, formatClientError, unexpectedErrors } from '@phoenix/http';
import { auditReadsPlugin, auditUserReads } from './audit-reads.js';
import { INTERNAL_PATH, internalRouter } from './internal.js';
import { isServiceSdlRequest } from './service-sdl.js';
import { applyShield } from './shield/middleware.js';
import type { RuleTable } from './shield/project-rules.js';
import { subgraphRuleTrees } from './shield/rule-tree.js';
import { createSubscriptionServer, type SubscriptionOptions } from './subscriptions.js';

export interface SubgraphContext extends BaseContext {
  principal: Principal;
}

export interface SubgraphDefinition<TContext extends SubgraphContext> {
  /** Also the context token's audience. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  /**
   * Builds the per-request context (fresh DataLoaders) for a verified principal. `request` is
   * absent for subscription events, which arrive over a WebSocket (one context per event).
   */
  createContext(args: { principal: Principal; request?: Request }): TContext | Promise<TContext>;
  /** Throws when the service cannot serve (database unreachable). */
  checkReady(): Promise<void>;
  /** Extra HTTP routes mounted before GraphQL, e.g. a JWKS document. */
  routes?(app: Express): void;
  /** Background work (event consumers, pollers) started with the server and stopped before it. */
  workers?: Worker[];
  /**
   * Endpoints under `/internal` that only the gateway's own service principal may call
   * (JSON bodies are parsed). Requests without its context token get 401/403.
   */
  internalRoutes?(router: Router): void;
  /**
   * graphql-shield on the resolvers, as a second line behind the gateway: the schema's
   * `@authenticated` / `@requiresScopes`, the project rules (ownership, consent), the partner
   * scope on root fields, plus `rules` of this subgraph. The context must satisfy `RuleContext`.
   */
  shield?: boolean | { rules?: RuleTable };
  /**
   * Records in the audit trail (`audit.entries`, AUDIT_MIGRATIONS applied) every `User` field a
   * partner key reads, or an admin reads of someone else, before the response is sent; when the
   * record cannot be written the response carries AUDIT_UNAVAILABLE instead of the data.
   */
  audit?: { database: DatabaseHandle };
}

export interface Worker {
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions {
  verifier: ContextTokenVerifier;
  logger: Logger;
  /** Development only: lets tooling fetch `_service { sdl }` without a context token. */
  allowServiceSdlWithoutToken?: boolean;
  /** Maximum JSON body accepted, e.g. '1mb'. */
  bodyLimit?: string;
  /** Metrics and traces; defaults to `createTelemetry(name)` (OTEL_*, METRICS_TOKEN). */
  telemetry?: ServiceTelemetry;
  /** graphql-ws keep-alive and message size, for schemas with a Subscription type. */
  subscriptions?: SubscriptionOptions;
}

export interface SubgraphApp {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<SubgraphContext>;
  /** Closes every subscription WebSocket (1001); a no-op without a Subscription type. */
  closeSubscriptions(): Promise<void>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Builds the HTTP app of a subgraph: health, extra routes, and `/graphql` behind the context token. */
export async function createSubgraphApp<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphServerOptions,
): Promise<SubgraphApp> {
  const app = express();
  app.disable('x-powered-by');
  const telemetry = options.telemetry ?? createTelemetry(definition.name);
  // SQL spans: statements run under the active request's span (a no-op outside traced requests).
  if (telemetry.tracer) interceptQueries(traceQuery);
  app.use(telemetry.middleware);
  telemetry.mountMetrics(app, options.logger);
  const httpServer = http.createServer(app);
  const schema = telemetry.instrumentSchema(buildSchema(definition));
  // Outermost, so a shield refusal reaches it as the field's outcome.
  if (definition.audit) auditUserReads(schema);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatClientError(options.logger),
    logger: options.logger,
    // The process owner (boot, npm start) stops services in order on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    // Inline traces (ftv1) only serve Apollo Studio, which we do not use between our services.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), telemetry.plugin()],
  });
  const subscriptions = createSubscriptionServer({ httpServer, schema, definition, verifier: options.verifier, logger: options.logger, options: { observer: subscriptionMetrics(definition.name), ...options.subscriptions } });
  if (subscriptions) apollo.addPlugin(subscriptions.plugin);
  if (definition.audit) apollo.addPlugin(auditReadsPlugin({ database: definition.audit.database, subgraph: definition.name, logger: options.logger }));
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await definition.checkReady();
      res.json({ status: 'ok', service: definition.name });
    } catch (error) {
      options.logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', service: definition.name });
    }
  });
  definition.routes?.(app);
  if (definition.internalRoutes) app.use(INTERNAL_PATH, internalRouter(definition.internalRoutes, options));

  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    bodyAlwaysSet,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const principal = await authenticate(req, definition.name, options);
        return definition.createContext({ principal, request: req });
      },
    }),
  );
  app.use(bodyErrors);
  app.use(unexpectedErrors(options.logger));
  return { app, httpServer, apollo, closeSubscriptions: async () => subscriptions?.close() };
}

function buildSchema<TContext extends SubgraphContext>(definition: SubgraphDefinition<TContext>): GraphQLSchema {
  const schema = buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers as GraphQLResolverMap<unknown> });
  if (!definition.shield) return schema;
  const rules = definition.shield === true ? undefined : definition.shield.rules;
  return applyShield(schema, subgraphRuleTrees(schema, { subgraph: definition.name, typeDefs: definition.typeDefs, ...(rules ? { rules } : {}) }));
}

async function authenticate(req: Request, name: string, options: SubgraphServerOptions): Promise<Principal> {
  const token = req.get(CONTEXT_TOKEN_HEADER);
  if (!token && options.allowServiceSdlWithoutToken && isServiceSdlRequest(req.body)) return { kind: 'anonymous' };
  try {
    return await options.verifier.verify(token);
  } catch (error) {
    if (!(error instanceof InvalidContextTokenError)) throw error;
    options.logger.warn({ reason: error.message, subgraph: name }, 'request refused: no valid context token');
    const refusal = phoenixError('UNAUTHENTICATED', 'This service only answers requests routed through the Phoenix gateway.');
    refusal.extensions.http = { status: 401 };
    throw refusal;
  }
}

/** Starts a subgraph on `port` (0 for any free port). */
export async function startSubgraphServer<TContext extends SubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphServerOptions & { port: number; host?: string },
): Promise<RunningSubgraph> {
  const { httpServer, apollo, closeSubscriptions } = await createSubgraphApp(definition, options);
  // Keep-alive longer than the gateway's pooled connections so the server never closes first.
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const workers = definition.workers ?? [];
  for (const worker of workers) await worker.start();
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    name: definition.name,
    port,
    url: `http://${host}:${port}/graphql`,
    async stop() {
      // Subscriptions end first, so their streams let go of the workers that feed them.
      await closeSubscriptions();
      await Promise.all(workers.map((worker) => worker.stop()));
      await apollo.stop();
    },
  };
}
