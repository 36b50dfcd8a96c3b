import { bootSubgraph } from '@phoenix/subgraph-server';
import { loadBillingConfig } from './config.js';
import { BILLING_MIGRATIONS, createBillingSubgraph } from './server.js';

const config = loadBillingConfig();
await bootSubgraph({
  name: 'billing',
  env: config,
  port: config.BILLING_PORT,
  host: config.BILLING_HOST,
  migrations: BILLING_MIGRATIONS,
  create: ({ database, logger }) => createBillingSubgraph({ database, config, logger }),
});
