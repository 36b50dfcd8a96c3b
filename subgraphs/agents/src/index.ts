import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadAgentsConfig } from './config.js';
import { AGENTS_MIGRATIONS, createAgentsSubgraph } from './server.js';

const config = loadAgentsConfig();
await bootSubgraph({
  name: 'agents',
  env: config,
  port: config.AGENTS_PORT,
  host: config.AGENTS_HOST,
  migrations: AGENTS_MIGRATIONS,
  create: ({ database, logger }) => createAgentsSubgraph({ database, config, logger }),
});
