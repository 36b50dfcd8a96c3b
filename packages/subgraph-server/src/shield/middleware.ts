import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, shield } from 'graphql-shield';
import { phoenixError } from '@phoenix/errors';
import type { RuleContext } from './context.js';
import type { RuleTree, SubgraphRuleTrees } from './rule-tree.js';

type Resolve = (parent: unknown, args: unknown, context: RuleContext, info: unknown) => unknown;
type Middleware = (resolve: Resolve, parent: unknown, args: unknown, context: RuleContext, info: unknown) => unknown;
type FieldMiddleware = Record<string, Record<string, Middleware>>;

/**
 * Options shared by the gateway's evaluation and the subgraphs' middleware: a rule that
 * answers `false` or throws refuses with FORBIDDEN; errors of the resolvers themselves pass
 * through unchanged.
 */
export const SHIELD_OPTIONS = {
  allowExternalErrors: true,
  debug: false,
  fallbackRule: allow,
  fallbackError: () => phoenixError('FORBIDDEN', 'You are not allowed to read this field.'),
};

/**
 * Wraps the resolvers of the guarded fields of `schema` in graphql-shield. Only fields with a
 * rule get the middleware, so the rest of the schema resolves exactly as before; rules that
 * concern only partner keys run only for them, so other callers pay nothing for them.
 */
export function applyShield(schema: GraphQLSchema, trees: SubgraphRuleTrees): GraphQLSchema {
  const everyone = generate(schema, trees.everyone);
  const partners = generate(schema, trees.partners);
  const guarded: FieldMiddleware = {};
  for (const typeName of new Set([...Object.keys(everyone), ...Object.keys(partners)])) {
    for (const fieldName of new Set([...Object.keys(everyone[typeName] ?? {}), ...Object.keys(partners[typeName] ?? {})])) {
      (guarded[typeName] ??= {})[fieldName] = compose(everyone[typeName]?.[fieldName], partners[typeName]?.[fieldName]);
    }
  }
  const sourcesToGuard = subscriptionsWithOwnResolve(schema, guarded);
  const shielded = applyMiddleware(schema, guarded as Parameters<typeof applyMiddleware>[1]);
  guardSubscriptionSources(shielded, sourcesToGuard);
  return shielded;
}

/**
 * graphql-middleware wraps only `resolve` of a subscription field that has its own, so the
 * rule would run on each event after the stream was opened; these fields need the rule on
 * `subscribe` too, so a refused caller never opens a stream.
 */
function subscriptionsWithOwnResolve(schema: GraphQLSchema, guarded: FieldMiddleware): Map<string, Middleware> {
  const type = schema.getSubscriptionType();
  const found = new Map<string, Middleware>();
  if (!type) return found;
  for (const [fieldName, middleware] of Object.entries(guarded[type.name] ?? {})) {
    const field = type.getFields()[fieldName];
    if (field?.subscribe && field.resolve && field.resolve !== defaultFieldResolver) found.set(fieldName, middleware);
  }
  return found;
}

function guardSubscriptionSources(schema: GraphQLSchema, sources: Map<string, Middleware>): void {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const [fieldName, middleware] of sources) {
    const field = fields[fieldName];
    const subscribe = field?.subscribe as GraphQLFieldResolver<unknown, RuleContext> | undefined;
    if (!field || !subscribe) continue;
    field.subscribe = (parent, args, context, info) => middleware((p, a, c, i) => subscribe(p, a, c, i as GraphQLResolveInfo), parent, args, context, info);
  }
}

function generate(schema: GraphQLSchema, tree: RuleTree): FieldMiddleware {
  // Shield gives logic rules (`and`, `or`) as `{ fragments, resolve }`, plain rules as the function.
  const generated = shield(tree, SHIELD_OPTIONS).generate(schema) as Record<string, Record<string, Middleware | { resolve: Middleware }>>;
  const guarded: FieldMiddleware = {};
  for (const [typeName, fields] of Object.entries(tree)) {
    for (const fieldName of Object.keys(fields)) {
      const middleware = generated[typeName]?.[fieldName];
      if (middleware) (guarded[typeName] ??= {})[fieldName] = typeof middleware === 'function' ? middleware : middleware.resolve;
    }
  }
  return guarded;
}

function compose(everyone: Middleware | undefined, partners: Middleware | undefined): Middleware {
  return (resolve, parent, args, context, info) => {
    const next: Resolve =
      partners && context.principal.kind === 'partner' ? (p, a, c, i) => partners(resolve, p, a, c, i) : resolve;
    return everyone ? everyone(next, parent, args, context, info) : next(parent, args, context, info);
  };
}
