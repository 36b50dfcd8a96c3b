import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadAccountsConfig } from './config.js';
import { ACCOUNTS_MIGRATIONS, createAccountsSubgraph } from './server.js';

const config = loadAccountsConfig();
await bootSubgraph({
  name: 'accounts',
  env: config,
  port: config.ACCOUNTS_PORT,
  host: config.ACCOUNTS_HOST,
  migrations: ACCOUNTS_MIGRATIONS,
  create: ({ database, logger, keysDirectory }) => createAccountsSubgraph({ database, config, logger, keysDirectory }),
});
