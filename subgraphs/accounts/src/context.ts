import type { Principal } from '@phoenix/context-token';
import type { Database } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';
import type { SubgraphContext } from '@phoenix/subgraph-server';
import type { ConsentSource } from '@phoenix/subgraph-server/shield';
import { consentSource } from './consent-source.js';
import { createLoaders, type AccountsLoaders } from './loaders.js';
import type { AuthService } from './services/auth.js';

/** What every accounts resolver receives. */
export interface AccountsContext extends SubgraphContext {
  db: Database;
  loaders: AccountsLoaders;
  auth: AuthService;
  logger: Logger;
  /** Partner consents, for the shield rules and the resolvers. */
  consents: ConsentSource;
  /** `DataExport.schemaUrl`: where the gateway serves the export's JSON Schema. */
  exportSchemaUrl: string;
}

/** The long-lived parts shared by every request. */
export interface AccountsServices {
  db: Database;
  auth: AuthService;
  logger: Logger;
  exportSchemaUrl: string;
}

/** The context of one request: the verified principal and fresh DataLoaders. */
export function createAccountsContext(services: AccountsServices, principal: Principal): AccountsContext {
  const loaders = createLoaders(services.db);
  return { ...services, principal, loaders, consents: consentSource(loaders) };
}
