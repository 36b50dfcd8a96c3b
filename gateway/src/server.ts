import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloGateway } from '@apollo/gateway';
import { Supergraph } from '@apollo/federation-internals';
import cors from 'cors';
import express, { type Express } from 'express';
import { ContextTokenSigner } from '@phoenix/context-token';
import { bodyAlwaysSet, bodyErrors, formatClientError, unexpectedErrors } from '@phoenix/http';
import { importPrivateKey, resolveKeyPair } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { createTelemetry, type ServiceTelemetry } from '@phoenix/telemetry';
import { remoteKeySource, type KeySource } from './auth/access-token.js';
import { authenticate } from './auth/authenticate.js';
import { subgraphSettings, type GatewayConfig } from './config.js';
import { readTraceparent, type GatewayContext } from './context.js';
import { PhoenixDataSource } from './data-source.js';
import { mountHealthRoutes, type SubgraphEndpoint } from './health.js';
import { withLimitCodes } from './limits/limit-error.js';
import { setUpProtection } from './protection/setup.js';
import { SharedExecutions, type SharedExecutionStats } from './operation/shared-execution.js';
import { createSubgraphFetcher, createSubgraphPool } from './subgraph-fetcher.js';
import { mountSubscriptions, type GatewaySubscriptions } from './subscriptions/mount.js';
import { supergraphFromFile } from './supergraph-source.js';
import { mountDataExportSchema } from './web/data-export-schema.js';
import { sessionCookiePlugin } from './web/session-cookie.js';
import { webStatic } from './web/static.js';
import { mountReportsProxy } from './webhooks/reports-proxy.js';
import { mountStripeWebhookProxy } from './webhooks/stripe-proxy.js';

export { loadGatewayConfig, gatewayEnv, type GatewayConfig } from './config.js';
export type { KeySource } from './auth/access-token.js';
export type { GatewayContext } from './context.js';

export interface CreateGatewayOptions {
  config: GatewayConfig;
  logger: Logger;
  /** Keys that verify access tokens; defaults to the accounts JWKS at `ACCOUNTS_JWKS_URL`. */
  jwks?: KeySource;
  /** Quiet period before a changed supergraph file is re-read (default 200 ms). */
  supergraphReloadDebounceMs?: number;
  /**
   * Benchmarks only (`bench/gateway-protection.ts`): serve without operation limits,
   * authorization, cost or rate limits, to measure what they cost. Never set in a deployment.
   */
  unprotected?: boolean;
  /** The built web client (web/dist) to serve at `/`; omit to serve the API only. */
  webRoot?: string;
  /** Metrics, traces and the SLO report; defaults to `createTelemetry('gateway')` (OTEL_*, METRICS_TOKEN). */
  telemetry?: ServiceTelemetry;
}

export interface PhoenixGateway {
  app: Express;
  httpServer: http.Server;
  gateway: ApolloGateway;
  apollo: ApolloServer<GatewayContext>;
  /** GraphQL subscriptions over graphql-ws on `/graphql`. */
  subscriptions: GatewaySubscriptions;
  /** Queries run and queries that shared a run in flight; undefined with GATEWAY_DEDUPLICATE_QUERIES=false. */
  sharedQueries: SharedExecutionStats | undefined;
  /** Listens on `PORT`/`HOST` (port 0: any free port). */
  start(): Promise<{ url: string; port: number }>;
  /** Stops accepting requests, lets in-flight ones finish, closes the watcher and connection pool. */
  stop(): Promise<void>;
}

/**
 * Builds the gateway: loads the supergraph file (and watches it), authenticates callers
 * (access tokens, partner API keys), enforces operation limits, authorizes, prices and
 * rate-limits every operation before planning, and serves `/graphql` and `/health/*`.
 * Throws when the supergraph or the safelist manifest cannot be loaded.
 */
export async function createGateway(options: CreateGatewayOptions): Promise<PhoenixGateway> {
  const { config, logger } = options;
  const telemetry = options.telemetry ?? createTelemetry('gateway');
  // @apollo/gateway otherwise reports usage metrics to Apollo and probes cloud metadata services.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

  const keyPair = await resolveKeyPair({
    privateKeyPem: config.CONTEXT_TOKEN_PRIVATE_KEY,
    publicKeyPem: config.CONTEXT_TOKEN_PUBLIC_KEY,
    devDirectory: config.keysDirectory,
    name: 'context-token',
    allowGenerate: config.NODE_ENV !== 'production',
  });
  const signer = new ContextTokenSigner({ privateKey: await importPrivateKey(keyPair.privateKeyPem) });
  const keys = options.jwks ?? remoteKeySource(config.ACCOUNTS_JWKS_URL);
  const pool = createSubgraphPool();
  let subgraphs: SubgraphEndpoint[] | undefined;
  const protection = await setUpProtection({
    settings: config.protection,
    introspection: config.GATEWAY_INTROSPECTION,
    signer,
    pool,
    logger,
    accountsUrl: () => subgraphs?.find((subgraph) => subgraph.name === 'accounts')?.url,
    ...(options.unprotected ? { disabled: true } : {}),
  });

  const buildService = ({ name, url }: { name: string; url?: string }) => {
    const settings = subgraphSettings(config, name, url ?? '');
    return new PhoenixDataSource({ name, url: settings.url, fetcher: createSubgraphFetcher(pool, settings.timeoutMs), signer, logger });
  };
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphFromFile({ path: config.SUPERGRAPH_PATH, logger, debounceMs: options.supergraphReloadDebounceMs }),
    buildService,
    logger,
    __exposeQueryPlanExperimental: config.NODE_ENV === 'development',
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    protection.policies.record(apiSchema, coreSupergraphSdl);
    subgraphs = Supergraph.build(coreSupergraphSdl, { validateSupergraph: false })
      .subgraphsMetadata()
      .map(({ name, url }) => ({ name, url: subgraphSettings(config, name, url).url }));
  });

  const app = express();
  app.disable('x-powered-by');
  // No ETag on GraphQL answers: a SHA-1 of every body (1.5 % of the gateway's CPU in the
  // benchmark profile) for POSTs that are never revalidated. Static assets keep theirs.
  app.set('etag', false);
  app.set('trust proxy', config.protection.trustProxyHops > 0 ? config.protection.trustProxyHops : false);
  app.use(telemetry.middleware);
  telemetry.mountMetrics(app, logger);
  const slo = telemetry.mountSloReport(app);
  const httpServer = http.createServer(app);
  const subscriptions = mountSubscriptions({ httpServer, gateway, config, protection, keys, signer, buildService, logger });
  const sharedExecutions = config.GATEWAY_DEDUPLICATE_QUERIES ? new SharedExecutions() : undefined;
  const apollo = new ApolloServer<GatewayContext>({
    gateway: sharedExecutions ? sharedExecutions.around(gateway) : gateway,
    logger,
    introspection: config.GATEWAY_INTROSPECTION,
    csrfPrevention: true,
    // Whoever boots the gateway (index.ts, scripts/start.ts) owns shutdown and its order.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: withLimitCodes(formatClientError(logger)),
    ...protection.apollo,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.GATEWAY_INTROSPECTION ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      ...protection.apollo.plugins,
      sessionCookiePlugin({ secure: config.NODE_ENV !== 'development' }),
      telemetry.plugin(),
      subscriptions.plugin,
    ],
  });
  try {
    await apollo.start();
  } catch (error) {
    slo.stop();
    await Promise.all([pool.close(), protection.close(), subscriptions.close()]);
    throw error;
  }

  mountHealthRoutes(app, { readiness: { subgraphs: () => subgraphs }, pool, logger });
  mountStripeWebhookProxy(app, { billingWebhookUrl: config.BILLING_WEBHOOK_URL, logger });
  mountReportsProxy(app, { reportsUrl: config.AUBE_REPORTS_URL, logger });
  mountDataExportSchema(app, { logger });
  app.use(
    '/graphql',
    cors({ origin: config.CORS_ORIGINS, credentials: true }),
    express.json({ limit: config.BODY_LIMIT }),
    bodyAlwaysSet,
    ...protection.middleware,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const traceparent = readTraceparent(req.get('traceparent'));
        const { principal, partnerLimits } = await authenticate(req.headers, { keys, apiKeys: protection.apiKeys, sessions: protection.sessions, logger });
        return {
          principal,
          ...(partnerLimits ? { partnerLimits } : {}),
          clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          ...(traceparent ? { traceparent } : {}),
        };
      },
    }),
  );
  if (options.webRoot) app.use(webStatic({ root: options.webRoot, https: config.NODE_ENV === 'production' }));
  app.use(bodyErrors);
  app.use(unexpectedErrors(logger));

  return {
    app,
    httpServer,
    gateway,
    apollo,
    subscriptions,
    sharedQueries: sharedExecutions?.stats,
    async start() {
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.PORT, config.HOST, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      const { port } = httpServer.address() as AddressInfo;
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
      return { port, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql` };
    },
    async stop() {
      slo.stop();
      await apollo.stop();
      await Promise.all([pool.close(), protection.close()]);
    },
  };
}

