import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import { linkedDirectiveNames } from './link-names.js';

/**
 * What one schema element demands of the caller. `scopes` holds one entry per
 * `@requiresScopes` application, each an OR of AND-lists (`[["a","b"],["c"]]` = a∧b ∨ c);
 * every entry must be satisfied.
 */
export interface Requirement {
  authenticated: boolean;
  scopes: string[][][];
}

/** `@authenticated` / `@requiresScopes` applications of a schema, by type and field. */
export class AuthorizationRequirements {
  constructor(
    private readonly types: ReadonlyMap<string, Requirement>,
    private readonly fields: ReadonlyMap<string, ReadonlyMap<string, Requirement>>,
  ) {}

  /** Requirements carried by the type itself; they apply to every field returning it. */
  ofType(typeName: string): Requirement | undefined {
    return this.types.get(typeName);
  }

  ofField(typeName: string, fieldName: string): Requirement | undefined {
    return this.fields.get(typeName)?.get(fieldName);
  }

  get isEmpty(): boolean {
    return this.types.size === 0 && this.fields.size === 0;
  }
}

/**
 * Reads the requirements from a supergraph SDL or a subgraph's type definitions (API schemas
 * drop directive applications, so the gateway reads the supergraph).
 */
export function readRequirements(sdl: string | DocumentNode): AuthorizationRequirements {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = linkedDirectiveNames(document);
  const types = new Map<string, Requirement>();
  const fields = new Map<string, Map<string, Requirement>>();

  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        addFields(fields, definition.name.value, definition.fields ?? [], names);
        addRequirement(types, definition.name.value, definition.directives, names);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_EXTENSION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        addRequirement(types, definition.name.value, definition.directives, names);
        break;
      default:
        break;
    }
  }
  return new AuthorizationRequirements(types, fields);
}

interface DirectiveNames {
  authenticated: string;
  requiresScopes: string;
}

function addFields(
  target: Map<string, Map<string, Requirement>>,
  typeName: string,
  definitions: readonly FieldDefinitionNode[],
  names: DirectiveNames,
): void {
  for (const field of definitions) {
    const requirement = readRequirement(field.directives, names);
    if (!requirement) continue;
    let byField = target.get(typeName);
    if (!byField) target.set(typeName, (byField = new Map()));
    byField.set(field.name.value, merge(byField.get(field.name.value), requirement));
  }
}

function addRequirement(
  target: Map<string, Requirement>,
  typeName: string,
  directives: readonly ConstDirectiveNode[] | undefined,
  names: DirectiveNames,
): void {
  const requirement = readRequirement(directives, names);
  if (requirement) target.set(typeName, merge(target.get(typeName), requirement));
}

function readRequirement(directives: readonly ConstDirectiveNode[] | undefined, names: DirectiveNames): Requirement | undefined {
  let requirement: Requirement | undefined;
  for (const directive of directives ?? []) {
    if (directive.name.value === names.authenticated) {
      requirement = merge(requirement, { authenticated: true, scopes: [] });
    } else if (directive.name.value === names.requiresScopes) {
      const argument = directive.arguments?.find((a) => a.name.value === 'scopes');
      requirement = merge(requirement, { authenticated: false, scopes: [toScopeAlternatives(argument ? valueFromASTUntyped(argument.value) : undefined)] });
    }
  }
  return requirement;
}

// A malformed argument becomes an unsatisfiable requirement: fail closed.
function toScopeAlternatives(value: unknown): string[][] {
  if (!Array.isArray(value)) return [];
  return value.filter((inner): inner is unknown[] => Array.isArray(inner)).map((inner) => inner.filter((s): s is string => typeof s === 'string'));
}

function merge(a: Requirement | undefined, b: Requirement): Requirement {
  if (!a) return b;
  return { authenticated: a.authenticated || b.authenticated, scopes: [...a.scopes, ...b.scopes] };
}
