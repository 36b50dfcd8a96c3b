import { getNamedType, isObjectType, type DocumentNode, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { PARTNER_RULES, PROJECT_RULES, ruleAt, type RuleTable } from './project-rules.js';
import { readRequirements, type AuthorizationRequirements } from './requirements.js';
import { combine, partnerMayUse, requirementRule, type ShieldRule } from './rules.js';

/** Rules by type and field, only for the fields that have one. */
export type RuleTree = Record<string, Record<string, ShieldRule>>;

/** A subgraph's rules: those for every caller, and those that concern only partner keys. */
export interface SubgraphRuleTrees {
  everyone: RuleTree;
  partners: RuleTree;
}

export interface SubgraphRuleTreeOptions {
  /** The subgraph's name: partner keys need `partner:<name>.read` (or `.write`) to reach it. */
  subgraph: string;
  /** The subgraph's SDL, where its `@authenticated` / `@requiresScopes` applications are. */
  typeDefs: DocumentNode;
  /** Rules of this subgraph only, added to the project's. */
  rules?: RuleTable;
}

// Composition tooling reads `_service`; the gateway never forwards a client's request for it.
const UNGUARDED_ROOT_FIELDS = new Set(['_service']);

/**
 * The shield rule trees of one subgraph: its directives, the project's rules (ownership),
 * its own rules, and — for partner keys only — the partner scope on every root field
 * (`_entities` included) and the consent rules. A type-level directive guards each field of
 * the type, so entities fetched by key are covered too.
 */
export function subgraphRuleTrees(schema: GraphQLSchema, options: SubgraphRuleTreeOptions): SubgraphRuleTrees {
  const requirements = readRequirements(options.typeDefs);
  const roots = new Map<GraphQLObjectType | null | undefined, 'read' | 'write'>([
    [schema.getQueryType(), 'read'],
    [schema.getSubscriptionType(), 'read'],
    [schema.getMutationType(), 'write'],
  ]);
  const trees: SubgraphRuleTrees = { everyone: {}, partners: {} };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const access = roots.get(type);
    for (const field of Object.values(type.getFields())) {
      if (access && UNGUARDED_ROOT_FIELDS.has(field.name)) continue;
      const everyone = combine([
        ...directiveRules(requirements, type, field.name, getNamedType(field.type).name),
        ruleAt(PROJECT_RULES, type.name, field.name),
        options.rules ? ruleAt(options.rules, type.name, field.name) : undefined,
      ]);
      const partners = combine([access ? partnerMayUse([options.subgraph], access) : undefined, ruleAt(PARTNER_RULES, type.name, field.name)]);
      if (everyone) (trees.everyone[type.name] ??= {})[field.name] = everyone;
      if (partners) (trees.partners[type.name] ??= {})[field.name] = partners;
    }
  }
  return trees;
}

function directiveRules(requirements: AuthorizationRequirements, type: GraphQLObjectType, fieldName: string, returnTypeName: string): ShieldRule[] {
  const found = [
    requirements.ofField(type.name, fieldName),
    requirements.ofType(type.name),
    requirements.ofType(returnTypeName),
    ...type.getInterfaces().map((iface) => requirements.ofField(iface.name, fieldName)),
  ];
  return found.flatMap((requirement) => (requirement ? [requirementRule(requirement)] : []));
}
