import { Kind, valueFromASTUntyped, type ConstDirectiveNode, type DocumentNode } from 'graphql';

/** Which subgraphs can resolve each field of a supergraph, by subgraph name. */
export class SubgraphOwnership {
  constructor(
    private readonly byType: ReadonlyMap<string, readonly string[]>,
    private readonly byField: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>,
  ) {}

  /** The subgraphs resolving `type.field`: those of its `@join__field`s, else those of the type. */
  of(typeName: string, fieldName: string): readonly string[] {
    return this.byField.get(typeName)?.get(fieldName) ?? this.byType.get(typeName) ?? [];
  }
}

/** Reads `@join__graph`, `@join__type` and `@join__field` of a supergraph. */
export function ownershipFromSupergraph(document: DocumentNode): SubgraphOwnership {
  const graphNames = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const name = argumentsOf(value.directives?.find((d) => d.name.value === 'join__graph')).name;
      if (typeof name === 'string') graphNames.set(value.name.value, name);
    }
  }
  const graphsOf = (directives: readonly ConstDirectiveNode[] | undefined, directive: string, keep: (args: Record<string, unknown>) => boolean) => {
    const graphs = new Set<string>();
    for (const applied of directives ?? []) {
      if (applied.name.value !== directive) continue;
      const args = argumentsOf(applied);
      const name = typeof args.graph === 'string' ? graphNames.get(args.graph) : undefined;
      if (name && keep(args)) graphs.add(name);
    }
    return [...graphs];
  };

  const byType = new Map<string, string[]>();
  const byField = new Map<string, Map<string, string[]>>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    byType.set(definition.name.value, graphsOf(definition.directives, 'join__type', () => true));
    const fields = new Map<string, string[]>();
    for (const field of definition.fields ?? []) {
      // An @external copy or an overridden one is not where the field is resolved.
      const graphs = graphsOf(field.directives, 'join__field', (args) => args.external !== true && args.usedOverridden !== true);
      if (graphs.length > 0) fields.set(field.name.value, graphs);
    }
    byField.set(definition.name.value, fields);
  }
  return new SubgraphOwnership(byType, byField);
}

function argumentsOf(directive: ConstDirectiveNode | undefined): Record<string, unknown> {
  return Object.fromEntries((directive?.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}
