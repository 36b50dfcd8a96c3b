import { describe, expect, it } from '@jest/globals';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '@phoenix/context-token';
import { readRequirements } from '@phoenix/subgraph-server/shield';
import { authorize } from '../../src/authorization/authorize.js';
import { GatewayRules } from '../../src/authorization/gateway-rules.js';
import { ownershipFromSupergraph } from '../../src/authorization/subgraph-ownership.js';
import { fragmentsOf, walkOperation } from '../../src/operation/walk.js';
// Registers the security features without which Supergraph.build refuses this supergraph.
import '../../src/protection/policies.js';

const composed = composeServices([
  {
    name: 'vaults',
    url: 'http://vaults.test/graphql',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@authenticated", "@requiresScopes"])
      type Query {
        node(id: ID!): Node
        vault: Vault
        secretCount: Int @requiresScopes(scopes: [["admin"], ["auditor", "premium"]])
      }
      interface Node { id: ID! }
      type Profile implements Node @key(fields: "id") { id: ID! bio: String }
      type Vault implements Node @authenticated { id: ID! code: String }
      type Ledger implements Node { id: ID! total: Int @requiresScopes(scopes: [["admin"]]) }
    `),
  },
  {
    name: 'notes',
    url: 'http://notes.test/graphql',
    typeDefs: parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Query { notes: [String!]! }
      type Profile @key(fields: "id") { id: ID! note: String }
    `),
  },
]);
if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('; '));
const supergraphSdl = composed.supergraphSdl;
const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

const anonymous: Principal = { kind: 'anonymous' };
const user = (scopes: string[]): Principal => ({ kind: 'user', userId: 'u', tier: 'FREE', roles: [], scopes });
const partner = (scopes: string[]): Principal => ({ kind: 'partner', partnerId: 'p', keyId: 'k', scopes });

function rulesOf(sdl: string) {
  const document = parse(sdl);
  return new GatewayRules(readRequirements(document), ownershipFromSupergraph(document));
}

async function check(source: string, principal: Principal, variables?: Record<string, unknown>, sdl = supergraphSdl) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  const request = { schema, operation, fragments: fragmentsOf(document) };
  return authorize({ ...request, walked: walkOperation({ ...request, variables }) }, rulesOf(sdl), principal);
}

describe('the gateway shield rules', () => {
  it('apply a type-level @authenticated to the field returning that type', async () => {
    expect((await check('{ vault { code } }', anonymous)).unauthenticated).toEqual([['vault']]);
    expect((await check('{ vault { code } }', user([]))).unauthenticated).toEqual([]);
  });

  it('follow composition in protecting an interface that has a protected implementation', async () => {
    expect((await check('{ node(id: "1") { __typename } }', anonymous)).unauthenticated).toEqual([['node']]);
    expect((await check('{ node(id: "1") { ... on Profile { bio } } }', user([]))).unauthenticated).toEqual([]);
  });

  it('protect a field read through an interface even when the supergraph does not mark the interface', async () => {
    const unmarked = supergraphSdl.replace(/(interface Node\s*@join__type\(graph: VAULTS\))\s*@authenticated/, '$1');
    expect(unmarked).not.toEqual(supergraphSdl);
    const run = async (source: string) => (await check(source, anonymous, undefined, unmarked)).unauthenticated;
    expect(await run('{ node(id: "1") { id } }')).toEqual([['node', 'id']]);
    expect(await run('query { node(id: "1") { ...Ids } } fragment Ids on Node { key: id }')).toEqual([['node', 'key']]);
    expect(await run('{ node(id: "1") { __typename ... on Profile { id bio } } }')).toEqual([]);
    expect(await run('{ node(id: "1") { ... on Vault { code } } }')).toEqual([['node']]);
  });

  it('narrow scope requirements to the type condition of a fragment', async () => {
    expect((await check('{ node(id: "1") { ... on Ledger { total } } }', user(['premium']))).forbidden).toEqual([['node', 'total']]);
    expect((await check('{ node(id: "1") { ... on Ledger { total } } }', user(['admin']))).forbidden).toEqual([]);
    expect((await check('{ node(id: "1") { ... on Profile { bio } } }', user(['premium']))).forbidden).toEqual([]);
  });

  it('read @requiresScopes as an OR of AND-lists', async () => {
    expect((await check('{ secretCount }', user([]))).forbidden).toEqual([['secretCount']]);
    expect((await check('{ secretCount }', user(['auditor']))).forbidden).toEqual([['secretCount']]);
    expect((await check('{ secretCount }', user(['auditor', 'premium']))).forbidden).toEqual([]);
    expect((await check('{ secretCount }', user(['admin']))).forbidden).toEqual([]);
  });

  it('ask an anonymous caller to sign in rather than forbidding a scoped field', async () => {
    expect(await check('{ secretCount }', anonymous)).toEqual({ unauthenticated: [['secretCount']], forbidden: [] });
  });

  it('skip selections excluded by @skip or @include, literal or variable', async () => {
    expect((await check('{ vault @skip(if: true) { code } }', anonymous)).unauthenticated).toEqual([]);
    const conditional = 'query ($v: Boolean!) { ... @include(if: $v) { vault { code } } }';
    expect((await check(conditional, anonymous, { v: false })).unauthenticated).toEqual([]);
    expect((await check(conditional, anonymous, { v: true })).unauthenticated).toEqual([['vault']]);
  });

  it('report each offending path once, however many fragments select it', async () => {
    const source = '{ a: secretCount ...F ...F } fragment F on Query { a: secretCount b: secretCount }';
    expect((await check(source, user([]))).forbidden).toEqual([['a'], ['b']]);
  });

  it('let a partner key read only the subgraphs its partner scopes name, field by field', async () => {
    expect((await check('{ notes }', partner([]))).forbidden).toEqual([['notes']]);
    expect((await check('{ notes }', partner(['partner:notes.read']))).forbidden).toEqual([]);
    const mixed = '{ node(id: "1") { ... on Profile { bio note } } }';
    expect((await check(mixed, partner(['partner:vaults.read']))).forbidden).toEqual([['node', 'note']]);
    expect((await check(mixed, partner(['partner:vaults.read', 'partner:notes.read']))).forbidden).toEqual([]);
  });

  it('hold a partner key to @requiresScopes like anyone else', async () => {
    expect((await check('{ secretCount }', partner(['partner:vaults.read']))).forbidden).toEqual([['secretCount']]);
  });
});
