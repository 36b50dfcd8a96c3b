import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadLettersConfig } from './config.js';
import { createLettersSubgraph, LETTERS_MIGRATIONS } from './server.js';

const config = loadLettersConfig();
await bootSubgraph({
  name: 'letters',
  env: config,
  port: config.LETTERS_PORT,
  host: config.LETTERS_HOST,
  migrations: LETTERS_MIGRATIONS,
  create: ({ database, logger }) => createLettersSubgraph({ database, config, logger }),
});
