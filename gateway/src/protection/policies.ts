import { DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES } from '@apollo/federation-internals';
import { parse, type GraphQLSchema } from 'graphql';
import { readRequirements } from '@phoenix/subgraph-server/shield';
import { GatewayRules } from '../authorization/gateway-rules.js';
import { ownershipFromSupergraph } from '../authorization/subgraph-ownership.js';
import { costModelFromSupergraph, type CostModel } from '../cost/cost-model.js';

/** The `@link` URLs of the two security features the gateway enforces. */
export const AUTHENTICATED_SPEC = 'https://specs.apollo.dev/authenticated/v0.1';
export const REQUIRES_SCOPES_SPEC = 'https://specs.apollo.dev/requiresScopes/v0.1';

// @apollo/gateway refuses SECURITY features it does not enforce; the protection plugin enforces these two.
DEFAULT_SUPPORTED_SUPERGRAPH_FEATURES.add(AUTHENTICATED_SPEC).add(REQUIRES_SCOPES_SPEC);

/** What the gateway enforces for one supergraph: its shield rules and its cost directives. */
export interface SchemaPolicy {
  rules: GatewayRules;
  costModel: CostModel;
}

/** Reads the rules and cost directives of a supergraph SDL. */
export function policyFromSupergraph(supergraphSdl: string): SchemaPolicy {
  const document = parse(supergraphSdl);
  return {
    rules: new GatewayRules(readRequirements(document), ownershipFromSupergraph(document)),
    costModel: costModelFromSupergraph(document),
  };
}

/**
 * Keeps the policy of each API schema the gateway has loaded, so a request is always checked
 * against the directives of the very schema it was validated with.
 */
export class PolicyRegistry {
  private readonly bySchema = new WeakMap<GraphQLSchema, SchemaPolicy>();

  /** Call from `gateway.onSchemaLoadOrUpdate`, before Apollo Server starts. */
  record(apiSchema: GraphQLSchema, supergraphSdl: string): void {
    this.bySchema.set(apiSchema, policyFromSupergraph(supergraphSdl));
  }

  get(apiSchema: GraphQLSchema): SchemaPolicy | undefined {
    return this.bySchema.get(apiSchema);
  }
}
