import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLError, parse } from 'graphql';
import { rule } from 'graphql-shield';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { startTestSubgraph, type TestSubgraph } from '../src/testing.js';
import { linkedDirectiveNames, readRequirements } from '../src/shield/index.js';
import type { SubgraphContext } from '../src/index.js';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes"])
  type Query {
    open: String
    signedIn: String @authenticated
    premium: String @requiresScopes(scopes: [["premium"]])
    vault: Vault
    broken: String
    owner(id: ID!): User
  }
  type Mutation { touch: Boolean }
  type Vault @authenticated { code: String }
  type User @key(fields: "id") { id: ID! email: String motto: String }
`);

const anonymous: Principal = { kind: 'anonymous' };
const user = (userId: string, tier: 'FREE' | 'PREMIUM' = 'FREE', roles: string[] = []): Principal => ({ kind: 'user', userId, tier, roles, scopes: scopesForUser(tier, roles) });
const partner = (scopes: string[]): Principal => ({ kind: 'partner', partnerId: 'acme', keyId: 'k', scopes });
const mottoIsPrivate = rule('motto-private')(() => new GraphQLError('Mottos are private.', { extensions: { code: 'FORBIDDEN' } }));

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph<SubgraphContext>({
    name: 'sample',
    typeDefs,
    resolvers: {
      Query: {
        open: () => 'ouvert',
        signedIn: () => 'connecté',
        premium: () => 'premium',
        vault: () => ({ code: '1234' }),
        broken: () => {
          throw new GraphQLError('Nope.', { extensions: { code: 'NOT_FOUND' } });
        },
        owner: (_root: unknown, { id }: { id: string }) => ({ id }),
      },
      Mutation: { touch: () => true },
      User: { email: ({ id }: { id: string }) => `${id}@exemple.fr`, motto: () => 'Carpe diem' },
    },
    createContext: ({ principal }) => ({ principal }),
    checkReady: async () => {},
    shield: { rules: { User: { motto: mottoIsPrivate } } },
    internalRoutes: (router) => {
      router.post('/echo', (req, res) => {
        res.json({ echoed: req.body });
      });
    },
  });
});

afterAll(async () => {
  await subgraph.stop();
});

async function codeOf(query: string, principal: Principal) {
  const result = await subgraph.execute(query, {}, principal);
  return result.errors?.[0]?.extensions.code ?? 'OK';
}

describe('the shield option of the subgraph factory', () => {
  it('enforces @authenticated and @requiresScopes of the subgraph schema, type-level ones included', async () => {
    expect(await codeOf('{ open }', anonymous)).toBe('OK');
    expect(await codeOf('{ signedIn }', anonymous)).toBe('UNAUTHENTICATED');
    expect(await codeOf('{ signedIn }', user('u1'))).toBe('OK');
    expect(await codeOf('{ premium }', user('u1'))).toBe('FORBIDDEN');
    expect(await codeOf('{ premium }', user('u1', 'PREMIUM'))).toBe('OK');
    expect(await codeOf('{ vault { code } }', anonymous)).toBe('UNAUTHENTICATED');
  });

  it('applies the project ownership rule: a user reads only their own email, an administrator anyone’s', async () => {
    expect(await codeOf('{ owner(id: "u1") { email } }', user('u1'))).toBe('OK');
    expect(await codeOf('{ owner(id: "u1") { email } }', user('u2'))).toBe('FORBIDDEN');
    expect(await codeOf('{ owner(id: "u1") { email } }', user('u2', 'FREE', ['admin']))).toBe('OK');
  });

  it('holds partner keys to the subgraph’s partner scope on every root field, entities included', async () => {
    expect(await codeOf('{ open }', partner([]))).toBe('FORBIDDEN');
    expect(await codeOf('{ open }', partner(['partner:sample.read']))).toBe('OK');
    expect(await codeOf('mutation { touch }', partner(['partner:sample.read']))).toBe('FORBIDDEN');
    expect(await codeOf('mutation { touch }', partner(['partner:sample.write']))).toBe('OK');
    expect(await codeOf('{ _entities(representations: [{ __typename: "User", id: "u1" }]) { ... on User { id } } }', partner([]))).toBe('FORBIDDEN');
  });

  it('refuses partners a user’s fields when the subgraph has no way to check consent', async () => {
    expect(await codeOf('{ owner(id: "u1") { id } }', partner(['partner:sample.read']))).toBe('FORBIDDEN');
  });

  it('adds the subgraph’s own rules', async () => {
    expect(await codeOf('{ owner(id: "u1") { motto } }', user('u1'))).toBe('FORBIDDEN');
  });

  it('lets the resolvers’ own errors through unchanged', async () => {
    expect(await codeOf('{ broken }', anonymous)).toBe('NOT_FOUND');
  });
});

describe('internal routes', () => {
  it('answer only the gateway’s service principal: 401 without a token, 403 for anyone else', async () => {
    expect(await subgraph.internal('echo', { hello: 'gateway' })).toEqual({ status: 200, body: { echoed: { hello: 'gateway' } } });
    expect((await subgraph.internal('echo', {}, null)).status).toBe(401);
    expect((await subgraph.internal('echo', {}, user('u1', 'FREE', ['admin']))).status).toBe(403);
    expect((await subgraph.internal('echo', {}, partner(['internal:gateway']))).status).toBe(403);
  });
});

describe('directive names', () => {
  it('follow the imports and renames of a subgraph’s federation link', () => {
    const renamed = parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: [{ name: "@authenticated", as: "@signedIn" }])
      type Query { a: String @signedIn b: String @federation__requiresScopes(scopes: [["x"]]) }`);
    expect(linkedDirectiveNames(renamed)).toMatchObject({ authenticated: 'signedIn', requiresScopes: 'federation__requiresScopes' });
    const requirements = readRequirements(renamed);
    expect(requirements.ofField('Query', 'a')).toEqual({ authenticated: true, scopes: [] });
    expect(requirements.ofField('Query', 'b')).toEqual({ authenticated: false, scopes: [[['x']]] });
  });

  it('follow a supergraph’s links to the security and cost specs', () => {
    const supergraph = parse(`schema
      @link(url: "https://specs.apollo.dev/authenticated/v0.1", as: "auth", for: SECURITY)
      @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query }
      type Query { a: String }`);
    expect(linkedDirectiveNames(supergraph)).toMatchObject({ authenticated: 'auth', requiresScopes: 'requiresScopes', cost: 'cost', listSize: 'listSize' });
  });
});
