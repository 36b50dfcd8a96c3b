import { Kind, type ASTVisitor, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';
import { OperationLimitError } from './limit-error.js';

/**
 * Validation rule for the limits graphql-armor lacks: root fields per operation, and fields
 * once fragments are expanded (the size that fragment "bombs" inflate). Fragment sizes are
 * memoised, so the count is linear in the document whatever its spreads multiply to.
 */
export function operationShapeRule(limits: { maxRootFields: number; maxFields: number }) {
  return (context: ValidationContext): ASTVisitor => {
    const sizes = new Map<string, number>();
    const fragmentSize = (fragment: FragmentDefinitionNode | null | undefined, visiting: Set<string>): number => {
      if (!fragment || visiting.has(fragment.name.value)) return 0;
      const known = sizes.get(fragment.name.value);
      if (known !== undefined) return known;
      visiting.add(fragment.name.value);
      const size = selectionSetSize(fragment.selectionSet, visiting);
      visiting.delete(fragment.name.value);
      sizes.set(fragment.name.value, size);
      return size;
    };
    const selectionSetSize = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let size = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) size += 1 + selectionSetSize(selection.selectionSet, visiting);
        else if (selection.kind === Kind.INLINE_FRAGMENT) size += selectionSetSize(selection.selectionSet, visiting);
        else size += fragmentSize(context.getFragment(selection.name.value), visiting);
        // Beyond the limit the exact size no longer matters; stop before numbers run away.
        if (size > limits.maxFields) return size;
      }
      return size;
    };
    const rootFields = (selectionSet: SelectionSetNode, visiting: Set<string>): number => {
      let count = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) count += 1;
        else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFields(selection.selectionSet, visiting);
        else {
          const fragment = context.getFragment(selection.name.value);
          if (!fragment || visiting.has(fragment.name.value)) continue;
          visiting.add(fragment.name.value);
          count += rootFields(fragment.selectionSet, visiting);
          visiting.delete(fragment.name.value);
        }
      }
      return count;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const roots = rootFields(operation.selectionSet, new Set());
        if (roots > limits.maxRootFields) {
          context.reportError(new OperationLimitError('rootFields', limits.maxRootFields, `The operation selects ${roots} root fields; at most ${limits.maxRootFields} are allowed.`));
        }
        const size = selectionSetSize(operation.selectionSet, new Set());
        if (size > limits.maxFields) {
          context.reportError(new OperationLimitError('fields', limits.maxFields, `The operation selects more than ${limits.maxFields} fields once its fragments are expanded.`));
        }
        return false;
      },
    };
  };
}
