import { fileURLToPath } from 'node:url';
import { exportJWK } from 'jose';
import type { DatabaseHandle, MigrationTarget } from '@phoenix/db';
import { createConsumer } from '@phoenix/events';
import { importPrivateKey, importPublicKey, resolveKeyPair } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { loadSchemaFile, type SubgraphDefinition } from '@phoenix/subgraph-server';
import type { AccountsConfig } from './config.js';
import { createAccountsContext, type AccountsContext } from './context.js';
import { AccessTokenSigner, JWKS_PATH, publishedJwk } from './domain/access-token.js';
import { partnerRoutes } from './internal/partner-routes.js';
import { sessionRoutes } from './internal/session-routes.js';
import { DataExport } from './export/DataExport.js';
import { dataExportSchemaUrl } from './export/data-export.js';
import { DateTime } from './resolvers/DateTime.js';
import { JSONScalar } from './resolvers/JSON.js';
import { Mutation } from './resolvers/Mutation.js';
import { Query } from './resolvers/Query.js';
import { User } from './resolvers/User.js';
import { projectAnalytics } from './analytics/projection.js';
import { createErasureFinisher } from './erasure/finisher.js';
import { TIER_EVENT_TYPES, tierFromBilling } from './events/tier-from-billing.js';
import { AuthService } from './services/auth.js';
import { prepareDummyHash } from './services/passwords.js';
import type { Resolvers } from './__generated__/resolvers-types.js';

export const ACCOUNTS_MIGRATIONS: MigrationTarget = {
  schema: 'accounts',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};

export const accountsTypeDefs = loadSchemaFile(new URL('../schema.graphql', import.meta.url));

const resolvers: Resolvers = { DateTime, JSON: JSONScalar, Query, Mutation, User, DataExport };

export interface AccountsDependencies {
  database: DatabaseHandle;
  config: AccountsConfig;
  logger: Logger;
  /** Where the development access-token key pair is generated and kept. */
  keysDirectory: string;
}

/**
 * The accounts subgraph: users, sessions (rotating refresh tokens), consents, partner API
 * keys, and the JWKS that lets the gateway verify the access tokens it issues. Its resolvers
 * run behind graphql-shield; the gateway resolves API keys and consents through `/internal`.
 */
export async function createAccountsSubgraph(deps: AccountsDependencies): Promise<SubgraphDefinition<AccountsContext>> {
  const { config, database, logger } = deps;
  if (Boolean(config.ACCESS_TOKEN_PRIVATE_KEY) !== Boolean(config.ACCESS_TOKEN_PUBLIC_KEY)) {
    throw new Error('ACCESS_TOKEN_PRIVATE_KEY and ACCESS_TOKEN_PUBLIC_KEY must be set together');
  }
  const pair = await resolveKeyPair({
    privateKeyPem: config.ACCESS_TOKEN_PRIVATE_KEY,
    publicKeyPem: config.ACCESS_TOKEN_PUBLIC_KEY,
    devDirectory: deps.keysDirectory,
    name: 'access-token',
    allowGenerate: config.NODE_ENV !== 'production',
  });
  const jwk = await publishedJwk(await exportJWK(await importPublicKey(pair.publicKeyPem)));
  const jwks = JSON.stringify({ keys: [jwk] });
  const signer = new AccessTokenSigner({ privateKey: await importPrivateKey(pair.privateKeyPem), kid: jwk.kid, ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS });
  const auth = new AuthService({ db: database.db, signer, refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS, logger });
  await prepareDummyHash();
  const exportSchemaUrl = dataExportSchemaUrl(config.ACCOUNTS_PUBLIC_URL);

  return {
    name: 'accounts',
    typeDefs: accountsTypeDefs,
    resolvers: resolvers as SubgraphDefinition<AccountsContext>['resolvers'],
    createContext: ({ principal }) => createAccountsContext({ db: database.db, auth, logger, exportSchemaUrl }, principal),
    checkReady: () => database.ping(),
    audit: { database },
    shield: true,
    internalRoutes: (router) => {
      partnerRoutes(database.db, logger)(router);
      sessionRoutes(database.db, logger)(router);
    },
    workers: [
      createConsumer({ name: 'accounts.tier', database, types: TIER_EVENT_TYPES, handle: tierFromBilling(logger), logger }),
      createConsumer({ name: 'accounts.analytics', database, handle: projectAnalytics, logger }),
      createErasureFinisher({ database, logger }),
    ],
    routes: (app) => {
      app.get(JWKS_PATH, (_req, res) => {
        res.set('cache-control', 'public, max-age=300').type('application/jwk-set+json').send(jwks);
      });
    },
  };
}
