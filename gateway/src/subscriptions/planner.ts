import { createHash } from 'node:crypto';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** A subscription's plan: the subgraph field it subscribes to, and what resolves the rest of each event. */
export interface SubscriptionPlan {
  primary: FetchNode;
  rest?: PlanNode | undefined;
}

/** What planning and executing need of one supergraph, built once per schema the gateway loads. */
export interface SupergraphPlanning {
  /** The federation API schema operations are planned and shaped against. */
  apiSchema: Schema;
  /** The supergraph as a GraphQL schema, which the executor reads `@requires` inputs with. */
  supergraphSchema: GraphQLSchema;
  /** Every subgraph with its routing URL as the supergraph names it. */
  subgraphs: readonly { name: string; url: string }[];
  planner: QueryPlanner;
  plans: Map<string, SubscriptionPlan>;
}

const MAX_CACHED_PLANS = 500;

/**
 * Plans subscriptions with Apollo's query planner against the supergraph the gateway
 * currently serves (`@apollo/gateway` plans them too, then refuses to execute them).
 * Planning state is built on the first subscription of each schema and plans are cached
 * per document and operation name.
 */
export class SubscriptionPlanner {
  private latest: GraphQLSchema | undefined;
  private readonly sdl = new WeakMap<GraphQLSchema, string>();
  private readonly built = new WeakMap<GraphQLSchema, SupergraphPlanning>();

  /** Call from `gateway.onSchemaLoadOrUpdate`. */
  record(apiSchema: GraphQLSchema, coreSupergraphSdl: string): void {
    this.sdl.set(apiSchema, coreSupergraphSdl);
    this.latest = apiSchema;
  }

  /** The API schema new subscriptions are validated against. */
  get schema(): GraphQLSchema | undefined {
    return this.latest;
  }

  /** The plan of `operationName` in `document` (text `query`); throws when it cannot be planned. */
  plan(schema: GraphQLSchema, document: DocumentNode, query: string, operationName: string | undefined): { plan: SubscriptionPlan; planning: SupergraphPlanning } {
    const planning = this.planning(schema);
    const key = createHash('sha256')
      .update(operationName ?? '')
      .update('\u0000')
      .update(query)
      .digest('hex');
    let plan = planning.plans.get(key);
    if (!plan) {
      const operation = operationFromDocument(planning.apiSchema, document, { operationName });
      const node = planning.planner.buildQueryPlan(operation).node;
      if (node?.kind !== 'Subscription') throw new Error(`expected a subscription plan, got ${node?.kind ?? 'none'}`);
      plan = { primary: node.primary, rest: node.rest };
      if (planning.plans.size >= MAX_CACHED_PLANS) planning.plans.delete(planning.plans.keys().next().value as string);
      planning.plans.set(key, plan);
    }
    return { plan, planning };
  }

  private planning(schema: GraphQLSchema): SupergraphPlanning {
    const known = this.built.get(schema);
    if (known) return known;
    const sdl = this.sdl.get(schema);
    if (sdl === undefined) throw new Error('no supergraph recorded for this schema');
    const supergraph = Supergraph.build(sdl, { validateSupergraph: false });
    const planning: SupergraphPlanning = {
      apiSchema: supergraph.apiSchema(),
      supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
      subgraphs: supergraph.subgraphsMetadata().map(({ name, url }) => ({ name, url })),
      planner: new QueryPlanner(supergraph),
      plans: new Map(),
    };
    this.built.set(schema, planning);
    return planning;
  }
}
