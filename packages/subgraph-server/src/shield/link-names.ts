import { Kind, valueFromASTUntyped, type DocumentNode } from 'graphql';

/** The directives the gateway and the subgraphs read from schemas, by their spec's default name. */
export type LinkedDirective = 'authenticated' | 'requiresScopes' | 'cost' | 'listSize';

/** The spec that defines each directive outside the federation spec, and whether it is the spec's namesake. */
const SPECS: Record<LinkedDirective, { spec: string; namesake: boolean }> = {
  authenticated: { spec: 'authenticated', namesake: true },
  requiresScopes: { spec: 'requiresScopes', namesake: true },
  cost: { spec: 'cost', namesake: true },
  listSize: { spec: 'cost', namesake: false },
};

interface Link {
  spec: string;
  as: string | undefined;
  imports: Map<string, string>;
}

/**
 * The names under which a schema refers to the directives it `@link`s: a supergraph links the
 * authenticated/requiresScopes/cost specs (renamed with `as:` or `import:`), a subgraph imports
 * them from the federation spec (else `@federation__x`). Without any link, the plain names.
 */
export function linkedDirectiveNames(document: DocumentNode): Record<LinkedDirective, string> {
  const links = readLinks(document);
  const names = {} as Record<LinkedDirective, string>;
  for (const directive of Object.keys(SPECS) as LinkedDirective[]) {
    names[directive] = nameOf(directive, links);
  }
  return names;
}

function nameOf(directive: LinkedDirective, links: Link[]): string {
  const { spec, namesake } = SPECS[directive];
  const own = links.find((link) => link.spec === spec);
  if (own) {
    const imported = own.imports.get(directive);
    if (imported) return imported;
    const prefix = own.as ?? spec;
    return namesake ? prefix : `${prefix}__${directive}`;
  }
  const federation = links.find((link) => link.spec === 'federation');
  if (federation) return federation.imports.get(directive) ?? `${federation.as ?? 'federation'}__${directive}`;
  return directive;
}

function readLinks(document: DocumentNode): Link[] {
  const links: Link[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const args = Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      const spec = typeof args.url === 'string' ? /\/([A-Za-z]+)\/v\d+\.\d+\/?$/.exec(args.url)?.[1] : undefined;
      if (!spec) continue;
      links.push({ spec, as: typeof args.as === 'string' ? args.as : undefined, imports: readImports(args.import) });
    }
  }
  return links;
}

function readImports(value: unknown): Map<string, string> {
  const imports = new Map<string, string>();
  for (const entry of Array.isArray(value) ? value : []) {
    const name = typeof entry === 'string' ? entry : (entry as { name?: unknown } | null)?.name;
    const alias = typeof entry === 'string' ? entry : ((entry as { as?: unknown }).as ?? name);
    if (typeof name === 'string' && typeof alias === 'string' && name.startsWith('@')) imports.set(name.slice(1), alias.replace(/^@/, ''));
  }
  return imports;
}
