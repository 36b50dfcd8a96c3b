import { getNullableType, isCompositeType, isListType } from 'graphql';
import type { Principal } from '@phoenix/context-token';
import type { SelectedField } from '../operation/walk.js';

/** What the gateway knows, before any subgraph answers, about the object a field returns. */
export type KnownParent = { id: string } | undefined;

/**
 * The object a field returns, as far as the operation tells: `me` is the caller, and by
 * Phoenix convention a single object fetched with an `id` argument has that id. Rules use it
 * as `parent` for the returned object's fields (ownership, consent); otherwise undefined.
 */
export function knownChildParent(field: SelectedField, principal: Principal): KnownParent {
  if (field.path.length === 1 && field.fieldName === 'me') return principal.kind === 'user' ? { id: principal.userId } : undefined;
  if (isListType(getNullableType(field.definition.type)) || !isCompositeType(field.returnType)) return undefined;
  const id = field.args.id;
  return typeof id === 'string' ? { id } : undefined;
}
