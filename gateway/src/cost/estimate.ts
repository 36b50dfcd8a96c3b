import { getNamedType, getNullableType, isCompositeType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { phoenixError } from '@phoenix/errors';
import type { SelectedField, WalkedOperation } from '../operation/walk.js';
import type { CostModel, ListSize } from './cost-model.js';

/** What every mutation costs on top of its fields, as in Apollo Router's demand control. */
export const MUTATION_BASE_COST = 10;

export interface EstimateOptions {
  /** The size assumed for a list without `@listSize` (Apollo Router's `list_size`). */
  defaultListSize: number;
}

/**
 * The static cost of an operation, read as Apollo Router reads the IBM cost directives:
 * objects, interfaces and unions weigh 1, scalars and enums 0, unless `@cost` says otherwise
 * (on the field, else on its type); a list multiplies its selection by its slicing argument,
 * its `@listSize(assumedSize)` or the default size; input objects in arguments weigh 1 each;
 * a mutation adds 10. A field whose `@listSize` requires exactly one slicing argument and gets
 * none or several refuses the operation with BAD_USER_INPUT.
 */
export function estimateCost(walked: WalkedOperation, model: CostModel, options: EstimateOptions): number {
  const fieldCost = (field: SelectedField, sizeFromParent: number | undefined): number => {
    const listSize = model.listSize(field.parentType.name, field.fieldName);
    const expected = listSize ? expectedSize(field, listSize) : undefined;
    const isList = isListType(getNullableType(field.definition.type));
    const count = isList ? (sizeFromParent ?? expected ?? options.defaultListSize) : 1;
    let typeCost = model.fieldWeight(field.parentType.name, field.fieldName) ?? model.typeWeight(field.returnType.name) ?? (isCompositeType(field.returnType) ? 1 : 0);
    for (const child of field.children) typeCost += fieldCost(child, listSize?.sizedFields.includes(child.fieldName) ? expected : undefined);
    return count * typeCost + argumentsCost(field);
  };

  const argumentsCost = (field: SelectedField): number => {
    let cost = 0;
    for (const node of field.node.arguments ?? []) {
      const definition = field.definition.args.find((arg) => arg.name === node.name.value);
      if (!definition) continue;
      const weight = model.argumentWeight(field.parentType.name, field.fieldName, definition.name) ?? model.typeWeight(getNamedType(definition.type).name);
      cost += valueCost(field.args[definition.name], definition.type, weight);
    }
    return cost;
  };

  const valueCost = (value: unknown, type: GraphQLInputType, weight: number | undefined): number => {
    if (value === null || value === undefined) return 0;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      const items = Array.isArray(value) ? value : [value];
      return items.reduce((sum: number, item) => sum + valueCost(item, nullable.ofType, weight), weight ?? 0);
    }
    if (isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      let cost = weight ?? 1;
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
        const definition = fields[name];
        if (!definition) continue;
        cost += valueCost(inner, definition.type, model.fieldWeight(nullable.name, name) ?? model.typeWeight(getNamedType(definition.type).name));
      }
      return cost;
    }
    return weight ?? 0;
  };

  const fields = walked.fields.reduce((sum, field) => sum + fieldCost(field, undefined), 0);
  return (walked.kind === 'mutation' ? MUTATION_BASE_COST : 0) + fields;
}

function expectedSize(field: SelectedField, listSize: ListSize): number | undefined {
  if (listSize.slicingArguments.length === 0) return listSize.assumedSize;
  const sizes = listSize.slicingArguments.map((name) => field.args[name]).filter((value): value is number => Number.isInteger(value));
  if (listSize.requireOneSlicingArgument && sizes.length !== 1) {
    throw phoenixError('BAD_USER_INPUT', `${field.fieldName} needs exactly one of its arguments ${listSize.slicingArguments.join(', ')}.`, {
      field: field.path.join('.'),
    });
  }
  return sizes.length > 0 ? Math.max(0, ...sizes) : listSize.assumedSize;
}
