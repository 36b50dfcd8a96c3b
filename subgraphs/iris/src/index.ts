import { loadAiConfig } from '@phoenix/ai';
import { PUBSUB_MIGRATIONS } from '@phoenix/pubsub';
import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadIrisConfig } from './config.js';
import { createIrisSubgraph, IRIS_MIGRATIONS } from './server.js';

const config = loadIrisConfig();
const aiConfig = loadAiConfig();
await bootSubgraph({
  name: 'iris',
  env: config,
  port: config.IRIS_PORT,
  host: config.IRIS_HOST,
  migrations: IRIS_MIGRATIONS,
  // Reply chunks travel through the shared pub/sub, whose table holds payloads too large for a NOTIFY.
  sharedMigrations: [PUBSUB_MIGRATIONS],
  create: ({ database, logger }) => createIrisSubgraph({ database, config, aiConfig, logger }),
});
