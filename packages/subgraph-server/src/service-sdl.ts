import { parse, type OperationDefinitionNode } from 'graphql';

/** True when the body asks for nothing but `_service { sdl }` (composition tooling). */
export function isServiceSdlRequest(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || query.length > 500) return false;
  try {
    const document = parse(query);
    if (document.definitions.length !== 1) return false;
    const operation = document.definitions[0] as OperationDefinitionNode;
    if (operation.kind !== 'OperationDefinition' || operation.operation !== 'query') return false;
    const selections = operation.selectionSet.selections;
    return selections.length === 1 && selections[0]?.kind === 'Field' && selections[0].name.value === '_service';
  } catch {
    return false;
  }
}
