import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { Supergraph } from '@apollo/federation-internals';
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  parse,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { costModelFromSupergraph } from '../../../gateway/src/cost/cost-model';
import { estimateCost } from '../../../gateway/src/cost/estimate';
import { walkOperation } from '../../../gateway/src/operation/walk';
import { DEFAULT_COST_LIMITS } from '../../../gateway/src/protection-config';

// Every operation of the web, priced by the gateway's own cost model, must fit the limit of
// the least privileged caller who sends it: otherwise that screen answers COST_LIMIT_EXCEEDED.

const supergraph = readFileSync(new URL('../../../supergraph.graphql', import.meta.url), 'utf8');
const schema = Supergraph.build(supergraph, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
const model = costModelFromSupergraph(parse(supergraph));
const manifest = JSON.parse(readFileSync(new URL('../../src/__generated__/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;

/** Operations an anonymous visitor sends (home, Aube, pricing, sign-up and sign-in, health). */
const ANONYMOUS = ['PricingPage', 'OccupationSearch', 'StartExploration', 'SignUp', 'SignIn', 'RefreshSession', 'SystemHealthPage', 'SystemHealthUpdates'];
const ADMIN = ['AdminDashboard', 'AdminApiKeys', 'CreateApiKey', 'RevokeApiKey', 'RotateApiKey'];

/** The smallest valid value of an input type: required fields only. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0]?.value;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((field) => field.type instanceof GraphQLNonNull && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sample(field.type)]));
  }
  return { Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00.000Z' }[type.name] ?? 'x';
}

function costOf(document: string, target: GraphQLSchema): { name: string; cost: number } {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation?.name) throw new Error(`an unnamed operation: ${document.slice(0, 80)}`);
  const fragments = Object.fromEntries(
    parsed.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const variables = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE)
      .map((definition) => [definition.variable.name.value, sample(typeFromAST(target, definition.type) as GraphQLInputType)]),
  );
  const walked = walkOperation({ schema: target, operation, fragments, variables });
  return { name: operation.name.value, cost: estimateCost(walked, model, { defaultListSize: 10 }) };
}

describe('the cost of the web’s operations', () => {
  const costs = Object.values(manifest).map((document) => costOf(document, schema));

  it('prices every operation of the persisted manifest', () => {
    expect(costs.length).toBe(Object.keys(manifest).length);
    expect(costs.map((entry) => entry.name)).toEqual(expect.arrayContaining([...ANONYMOUS, ...ADMIN]));
  });

  it('keeps each operation within the cost limit of the least privileged caller sending it', () => {
    const over = costs.filter(({ name, cost }) => {
      const limit = ANONYMOUS.includes(name) ? DEFAULT_COST_LIMITS.anonymous[0] : ADMIN.includes(name) ? DEFAULT_COST_LIMITS.admin[0] : DEFAULT_COST_LIMITS.free[0];
      return cost > limit;
    });
    expect(over).toEqual([]);
  });
});
