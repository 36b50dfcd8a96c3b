import { loadAiConfig } from '@phoenix/ai';
import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadRiseConfig } from './config.js';
import { createRiseSubgraph, RISE_MIGRATIONS } from './server.js';

const config = loadRiseConfig();
const aiConfig = loadAiConfig();
await bootSubgraph({
  name: 'rise',
  env: config,
  port: config.RISE_PORT,
  host: config.RISE_HOST,
  migrations: RISE_MIGRATIONS,
  create: ({ database, logger }) => createRiseSubgraph({ database, config, aiConfig, logger }),
});
