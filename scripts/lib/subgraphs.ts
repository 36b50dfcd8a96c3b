import { ACCOUNTS_MIGRATIONS, createAccountsSubgraph } from '@phoenix/accounts';
import { loadAccountsConfig } from '@phoenix/accounts/config';
import { AGENTS_MIGRATIONS, createAgentsSubgraph } from '@phoenix/agents';
import { loadAgentsConfig } from '@phoenix/agents/config';
import { loadAiConfig } from '@phoenix/ai';
import { AUBE_MIGRATIONS, createAubeSubgraph, prepareAubeDatabase } from '@phoenix/aube';
import { loadAubeConfig } from '@phoenix/aube/config';
import { BILLING_MIGRATIONS, createBillingSubgraph } from '@phoenix/billing';
import { loadBillingConfig } from '@phoenix/billing/config';
import type { DatabaseHandle, MigrationTarget } from '@phoenix/db';
import { createIrisSubgraph, IRIS_MIGRATIONS } from '@phoenix/iris';
import { loadIrisConfig } from '@phoenix/iris/config';
import { createLettersSubgraph, LETTERS_MIGRATIONS } from '@phoenix/letters';
import { loadLettersConfig } from '@phoenix/letters/config';
import type { Logger } from '@phoenix/logger';
import { createRiseSubgraph, RISE_MIGRATIONS } from '@phoenix/rise';
import { loadRiseConfig } from '@phoenix/rise/config';
import type { SubgraphContext, SubgraphDefinition } from '@phoenix/subgraph-server';

export interface LocalSubgraph {
  name: string;
  port: number;
  host: string;
  migrations: MigrationTarget;
  create(args: { database: DatabaseHandle; logger: Logger; keysDirectory: string }): Promise<SubgraphDefinition<SubgraphContext>>;
}

/** Every subgraph `npm start` runs, with the port its configuration gives it. */
export function localSubgraphs(): LocalSubgraph[] {
  const accounts = loadAccountsConfig();
  const billing = loadBillingConfig();
  const aube = loadAubeConfig();
  const letters = loadLettersConfig();
  const agents = loadAgentsConfig();
  const rise = loadRiseConfig();
  const iris = loadIrisConfig();
  return [
    {
      name: 'accounts',
      port: accounts.ACCOUNTS_PORT,
      host: accounts.ACCOUNTS_HOST,
      migrations: ACCOUNTS_MIGRATIONS,
      create: async ({ database, logger, keysDirectory }) =>
        (await createAccountsSubgraph({ database, config: accounts, logger, keysDirectory })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
    {
      name: 'aube',
      port: aube.AUBE_PORT,
      host: aube.AUBE_HOST,
      migrations: AUBE_MIGRATIONS,
      create: async ({ database, logger, keysDirectory }) => {
        // Loads the shipped seed when the catalogue is empty, so a first `npm start` has real occupations.
        await prepareAubeDatabase(database, logger, { seed: aube.AUBE_SEED_ON_START });
        return (await createAubeSubgraph({ database, config: aube, logger, keysDirectory })) as unknown as SubgraphDefinition<SubgraphContext>;
      },
    },
    {
      name: 'letters',
      port: letters.LETTERS_PORT,
      host: letters.LETTERS_HOST,
      migrations: LETTERS_MIGRATIONS,
      create: async ({ database, logger }) =>
        (await createLettersSubgraph({ database, config: letters, aiConfig: loadAiConfig(), logger })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
    {
      name: 'billing',
      port: billing.BILLING_PORT,
      host: billing.BILLING_HOST,
      migrations: BILLING_MIGRATIONS,
      create: async ({ database }) => (await createBillingSubgraph({ database })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
    {
      name: 'agents',
      port: agents.AGENTS_PORT,
      host: agents.AGENTS_HOST,
      migrations: AGENTS_MIGRATIONS,
      create: async ({ database, logger }) => (await createAgentsSubgraph({ database, config: agents, logger })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
    {
      name: 'rise',
      port: rise.RISE_PORT,
      host: rise.RISE_HOST,
      migrations: RISE_MIGRATIONS,
      create: async ({ database, logger }) =>
        (await createRiseSubgraph({ database, config: rise, aiConfig: loadAiConfig(), logger })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
    {
      name: 'iris',
      port: iris.IRIS_PORT,
      host: iris.IRIS_HOST,
      migrations: IRIS_MIGRATIONS,
      create: async ({ database, logger }) =>
        (await createIrisSubgraph({ database, config: iris, aiConfig: loadAiConfig(), logger })) as unknown as SubgraphDefinition<SubgraphContext>,
    },
  ];
}
