import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadAubeConfig } from './config.js';
import { AUBE_MIGRATIONS, createAubeSubgraph, prepareAubeDatabase } from './server.js';

const config = loadAubeConfig();
await bootSubgraph({
  name: 'aube',
  env: config,
  port: config.AUBE_PORT,
  host: config.AUBE_HOST,
  migrations: AUBE_MIGRATIONS,
  create: async ({ database, logger, keysDirectory }) => {
    await prepareAubeDatabase(database, logger, { seed: config.AUBE_SEED_ON_START });
    return createAubeSubgraph({ database, config, logger, keysDirectory });
  },
});
