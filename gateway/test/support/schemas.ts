import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes", "@cost", "@listSize"])';

/**
 * How `motto` appears in the accounts schema: the running subgraph always serves it, the
 * supergraph includes it (publicly or behind `@authenticated`) only when a test asks.
 */
export type MottoVariant = 'absent' | 'public' | 'authenticated';

/** Accounts owns users. */
export function accountsTypeDefs(options: { motto?: MottoVariant } = {}): DocumentNode {
  const motto = { absent: '', public: 'motto: String', authenticated: 'motto: String @authenticated' }[options.motto ?? 'absent'];
  return parse(`
    ${LINK}
    type Query {
      me: User @authenticated
      user(id: ID!): User
      status: String!
      ${motto}
    }
    type User @key(fields: "id") {
      id: ID!
      handle: String!
      email: String @authenticated
    }
  `);
}

/** Billing extends the user entity with a plan and a premium-only field, and prices its lists. */
export function billingTypeDefs(): DocumentNode {
  return parse(`
    ${LINK}
    type Query {
      plans: [Plan!]
      slowPlans: [Plan!]
      catalog(first: Int, last: Int): [Plan!]! @listSize(slicingArguments: ["first", "last"])
      forecast: String @cost(weight: 40)
    }
    type Plan {
      name: String!
    }
    type User @key(fields: "id") {
      id: ID!
      plan: Plan
      premiumInsight: String @requiresScopes(scopes: [["premium"]])
    }
  `);
}

/** Composes the two test subgraphs into a supergraph SDL routed to `urls`. */
export function composeTestSupergraph(urls: { accounts: string; billing: string }, options: { motto?: MottoVariant } = {}): string {
  const result = composeServices([
    { name: 'accounts', url: urls.accounts, typeDefs: accountsTypeDefs(options) },
    { name: 'billing', url: urls.billing, typeDefs: billingTypeDefs() },
  ]);
  if (result.errors) throw new Error(`test supergraph does not compose: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}
