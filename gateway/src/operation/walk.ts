import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { phoenixError } from '@phoenix/errors';

/** One field of the operation as the gateway will ask the subgraphs for it. */
export interface SelectedField {
  /** Response path: aliases, not field names. */
  path: readonly string[];
  fieldName: string;
  parentType: GraphQLCompositeType;
  /** The object types the parent value can have here, after the enclosing type conditions. */
  runtimeTypes: readonly GraphQLObjectType[];
  definition: GraphQLField<unknown, unknown>;
  returnType: GraphQLNamedType;
  /** Arguments with variables substituted and defaults applied. */
  args: Record<string, unknown>;
  node: FieldNode;
  children: SelectedField[];
  /** Object types named by fragment type conditions directly inside this field's selection set. */
  narrowedTo: GraphQLObjectType[];
}

/** The operation as a tree of selected fields, fragments expanded, skipped selections left out. */
export interface WalkedOperation {
  kind: OperationDefinitionNode['operation'];
  rootType: GraphQLObjectType;
  fields: SelectedField[];
  /** Type conditions on the root type itself. */
  narrowedTo: GraphQLObjectType[];
  variables: Record<string, unknown>;
}

export interface OperationToWalk {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** The request's variables as sent. */
  variables?: Readonly<Record<string, unknown>> | null | undefined;
}

/**
 * Expands the operation once for every check made before planning (authorization, cost).
 * Introspection fields and `__typename` are left out: they reach no subgraph. Variables that
 * do not fit their declared types refuse the operation with BAD_USER_INPUT.
 */
export function walkOperation(input: OperationToWalk): WalkedOperation {
  const { schema, operation, fragments } = input;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) throw phoenixError('BAD_USER_INPUT', `This API has no ${operation.operation} operations.`);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], { ...input.variables }, { maxErrors: 1 });
  if (coerced.errors) throw phoenixError('BAD_USER_INPUT', coerced.errors[0]?.message ?? 'Invalid variables.');
  const variables = coerced.coerced;

  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, runtime: readonly GraphQLObjectType[], path: readonly string[], into: SelectedField[], narrowed: GraphQLObjectType[], spreading: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = selectField(selection, parentType, runtime, path, spreading);
        if (field) into.push(field);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!fragment) continue;
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      if (name !== undefined && spreading.has(name)) continue;
      const conditionType = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
      if (!conditionType || !isCompositeType(conditionType)) continue;
      const possible = new Set(possibleTypes(schema, conditionType));
      if (isObjectType(conditionType)) narrowed.push(conditionType);
      if (name !== undefined) spreading.add(name);
      walk(fragment.selectionSet, conditionType, runtime.filter((type) => possible.has(type)), path, into, narrowed, spreading);
      if (name !== undefined) spreading.delete(name);
    }
  };

  const selectField = (node: FieldNode, parentType: GraphQLCompositeType, runtime: readonly GraphQLObjectType[], parentPath: readonly string[], spreading: Set<string>): SelectedField | undefined => {
    if (node.name.value.startsWith('__')) return undefined;
    const definition = 'getFields' in parentType ? parentType.getFields()[node.name.value] : undefined;
    if (!definition) return undefined;
    const returnType = getNamedType(definition.type);
    const field: SelectedField = {
      path: [...parentPath, node.alias?.value ?? node.name.value],
      fieldName: node.name.value,
      parentType,
      runtimeTypes: runtime,
      definition,
      returnType,
      args: argumentsOf(definition, node, variables),
      node,
      children: [],
      narrowedTo: [],
    };
    if (node.selectionSet && isCompositeType(returnType)) {
      walk(node.selectionSet, returnType, possibleTypes(schema, returnType), field.path, field.children, field.narrowedTo, spreading);
    }
    return field;
  };

  const fields: SelectedField[] = [];
  const narrowedTo: GraphQLObjectType[] = [];
  walk(operation.selectionSet, rootType, [rootType], [], fields, narrowedTo, new Set());
  return { kind: operation.operation, rootType, fields, narrowedTo, variables };
}

/** Every field of the tree, depth first, parents before children. */
export function* allFields(fields: readonly SelectedField[]): Generator<SelectedField> {
  for (const field of fields) {
    yield field;
    yield* allFields(field.children);
  }
}

function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  if (definition.args.length === 0) return {};
  try {
    return getArgumentValues(definition, node, variables);
  } catch (error) {
    throw phoenixError('BAD_USER_INPUT', error instanceof Error ? error.message : 'Invalid argument.');
  }
}

function possibleTypes(schema: GraphQLSchema, type: GraphQLCompositeType): GraphQLObjectType[] {
  return isAbstractType(type) ? [...schema.getPossibleTypes(type)] : [type];
}

// A selection skipped by @skip/@include never reaches a subgraph; an unreadable condition
// counts as included (fail closed).
function isIncluded(node: FieldNode | InlineFragmentNode | FragmentSpreadNode, variables: Record<string, unknown>): boolean {
  if (!node.directives?.length) return true;
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  } catch {
    return true;
  }
  return true;
}

/** The fragment definitions of a document, by name. */
export function fragmentsOf(document: { definitions: readonly { kind: Kind }[] }): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const fragment = definition as FragmentDefinitionNode;
      fragments[fragment.name.value] = fragment;
    }
  }
  return fragments;
}
