export { createSubgraphApp, startSubgraphServer, type SubgraphDefinition, type SubgraphApp, type RunningSubgraph, type SubgraphContext, type SubgraphServerOptions, type Worker } from './server.js';
export { loadSchemaFile } from './schema-file.js';
export { bootSubgraph, type BootOptions } from './boot.js';
export { GATEWAY_SERVICE_PRINCIPAL, GATEWAY_SERVICE_SCOPE, INTERNAL_PATH, isGatewayService } from './internal.js';
export { SUBSCRIPTIONS_PATH, type SubscriptionObserver, type SubscriptionOptions } from './subscriptions.js';
export { dataExportResolvers, requireExportOwner, type DataExportReference } from './data-export.js';
