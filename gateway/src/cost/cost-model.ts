import { Kind, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode, type InputValueDefinitionNode } from 'graphql';
import { linkedDirectiveNames } from '@phoenix/subgraph-server/shield';

/** A field's `@listSize` (IBM cost directive specification). */
export interface ListSize {
  assumedSize: number | undefined;
  slicingArguments: readonly string[];
  sizedFields: readonly string[];
  requireOneSlicingArgument: boolean;
}

/** The `@cost` and `@listSize` applications of a supergraph, by schema coordinate. */
export class CostModel {
  constructor(
    private readonly weights: ReadonlyMap<string, number>,
    private readonly listSizes: ReadonlyMap<string, ListSize>,
  ) {}

  /** `@cost` on a type (object, scalar, enum, input object). */
  typeWeight(typeName: string): number | undefined {
    return this.weights.get(typeName);
  }

  /** `@cost` on a field or on an input object's field. */
  fieldWeight(typeName: string, fieldName: string): number | undefined {
    return this.weights.get(`${typeName}.${fieldName}`);
  }

  /** `@cost` on a field argument. */
  argumentWeight(typeName: string, fieldName: string, argumentName: string): number | undefined {
    return this.weights.get(`${typeName}.${fieldName}(${argumentName}:)`);
  }

  listSize(typeName: string, fieldName: string): ListSize | undefined {
    return this.listSizes.get(`${typeName}.${fieldName}`);
  }
}

/** Reads `@cost` / `@listSize` from a supergraph SDL (composition keeps them there; the API schema does not). */
export function costModelFromSupergraph(document: DocumentNode): CostModel {
  const names = linkedDirectiveNames(document);
  const weights = new Map<string, number>();
  const listSizes = new Map<string, ListSize>();
  const weightOf = (directives: readonly ConstDirectiveNode[] | undefined): number | undefined => {
    const weight = argumentsOf(directives?.find((d) => d.name.value === names.cost)).weight;
    return typeof weight === 'number' && Number.isFinite(weight) ? weight : undefined;
  };
  const record = (coordinate: string, directives: readonly ConstDirectiveNode[] | undefined) => {
    const weight = weightOf(directives);
    if (weight !== undefined) weights.set(coordinate, weight);
  };
  const recordArguments = (coordinate: string, args: readonly InputValueDefinitionNode[] | undefined) => {
    for (const arg of args ?? []) record(`${coordinate}(${arg.name.value}:)`, arg.directives);
  };

  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        record(definition.name.value, definition.directives);
        for (const field of definition.fields ?? []) {
          const coordinate = `${definition.name.value}.${field.name.value}`;
          record(coordinate, field.directives);
          recordArguments(coordinate, field.arguments);
          const listSize = readListSize(field.directives?.find((d) => d.name.value === names.listSize));
          if (listSize) listSizes.set(coordinate, listSize);
        }
        break;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
        record(definition.name.value, definition.directives);
        for (const field of definition.fields ?? []) record(`${definition.name.value}.${field.name.value}`, field.directives);
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_EXTENSION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION:
        record(definition.name.value, definition.directives);
        break;
      default:
        break;
    }
  }
  return new CostModel(weights, listSizes);
}

function readListSize(directive: ConstDirectiveNode | undefined): ListSize | undefined {
  if (!directive) return undefined;
  const args = argumentsOf(directive);
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
    slicingArguments: strings(args.slicingArguments),
    sizedFields: strings(args.sizedFields),
    // The specification's default.
    requireOneSlicingArgument: args.requireOneSlicingArgument !== false,
  };
}

function argumentsOf(directive: ConstDirectiveNode | undefined): Record<string, unknown> {
  return Object.fromEntries((directive?.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}
