import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { ContextTokenVerifier, type Principal } from '@phoenix/context-token';
import { importPublicKey, type PemKeyPair } from '@phoenix/keys';
import type { Logger } from '@phoenix/logger';
import { startSubgraphServer, type RunningSubgraph, type SubgraphContext } from '@phoenix/subgraph-server';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@listSize"])';

const accountsTypeDefs = parse(`
  ${LINK}
  type Query { me: User @authenticated }
  type User @key(fields: "id") { id: ID! handle: String! email: String @authenticated }
`);

const billingTypeDefs = parse(`
  ${LINK}
  type Query { plans: [Plan!]! @listSize(assumedSize: 3) }
  type Plan { tier: String! name: String! price: Float! features: [String!]! }
  type User @key(fields: "id") { id: ID! plan: Plan premiumInsight: String @requiresScopes(scopes: [["premium"]]) }
`);

/** A signed-in dashboard: both subgraphs, an entity join, `@authenticated`, `@requiresScopes`, ownership and a list. */
export const TYPICAL_OPERATION = `query Dashboard {
  me { id handle email plan { tier name } premiumInsight }
  plans { tier name price features }
}`;

const PLANS = [
  { tier: 'FREE', name: 'Découverte', price: 0, features: ['aube.score'] },
  { tier: 'PREMIUM', name: 'Premium', price: 9.99, features: ['aube.score', 'letters.ats'] },
  { tier: 'PREMIUM_PLUS', name: 'Premium+', price: 15.99, features: ['aube.score', 'letters.ats', 'iris.context'] },
];

export interface BenchSubgraphs {
  accounts: RunningSubgraph;
  billing: RunningSubgraph;
  stop(): Promise<void>;
}

/** Starts the two subgraphs of the scenario on free ports, with or without their shield middleware. */
export async function startBenchSubgraphs(options: { contextKeys: PemKeyPair; logger: Logger; shield: boolean }): Promise<BenchSubgraphs> {
  const publicKey = await importPublicKey(options.contextKeys.publicKeyPem);
  const context = ({ principal }: { principal: Principal }): SubgraphContext => ({ principal });
  const accounts = await startSubgraphServer<SubgraphContext>(
    {
      name: 'accounts',
      typeDefs: accountsTypeDefs,
      resolvers: {
        Query: { me: (_root: unknown, _args: unknown, { principal }: SubgraphContext) => (principal.kind === 'user' ? { id: principal.userId } : null) },
        User: {
          __resolveReference: ({ id }: { id: string }) => ({ id }),
          handle: ({ id }: { id: string }) => `handle-${id}`,
          email: ({ id }: { id: string }) => `${id}@exemple.fr`,
        },
      },
      createContext: context,
      checkReady: async () => {},
      shield: options.shield,
      // The gateway asks whether an access token's session is active (cached a few seconds).
      internalRoutes: (router) => {
        router.post('/sessions/resolve', (_req, res) => {
          res.json({ active: true });
        });
      },
    },
    { port: 0, logger: options.logger, verifier: new ContextTokenVerifier(publicKey, 'accounts') },
  );
  const billing = await startSubgraphServer<SubgraphContext>(
    {
      name: 'billing',
      typeDefs: billingTypeDefs,
      resolvers: {
        Query: { plans: () => PLANS },
        User: { __resolveReference: ({ id }: { id: string }) => ({ id }), plan: () => PLANS[1], premiumInsight: () => 'Vos lettres obtiennent plus de réponses le mardi.' },
      },
      createContext: context,
      checkReady: async () => {},
      shield: options.shield,
    },
    { port: 0, logger: options.logger, verifier: new ContextTokenVerifier(publicKey, 'billing') },
  );
  return {
    accounts,
    billing,
    async stop() {
      await Promise.allSettled([accounts.stop(), billing.stop()]);
    },
  };
}

/** The scenario's supergraph, routed to the running subgraphs. */
export function benchSupergraph(subgraphs: BenchSubgraphs): string {
  const result = composeServices([
    { name: 'accounts', url: subgraphs.accounts.url, typeDefs: accountsTypeDefs },
    { name: 'billing', url: subgraphs.billing.url, typeDefs: billingTypeDefs },
  ]);
  if (result.errors) throw new Error(`bench supergraph does not compose: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}
