import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('../src/__generated__/graphql.ts', import.meta.url));
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
const EXPORT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** codegen's export name for a definition: `ProfileCard_user` → `ProfileCard_UserFragmentDoc`, `SignIn` → `SignInDocument`. */
export function documentExportName(kind: string, name: string): string {
  if (kind !== 'fragment') return `${name}Document`;
  const pascal = name
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('_');
  return `${pascal}FragmentDoc`;
}

/** The generated documents as JavaScript literals, by export name. */
export function readGeneratedDocuments(source: string): Map<string, string> {
  return new Map([...source.matchAll(EXPORT)].map(([, name, literal]) => [name ?? '', literal ?? '']));
}

/**
 * Replaces each `graphql(\`…\`)` call with its generated document, inlined where it is used.
 * The client preset's `graphql()` looks documents up in one table, and even direct imports
 * share one module: either way every screen's documents would ship in the first chunk.
 * Replacements keep line numbers, so source maps stay right.
 */
export function graphqlDocuments(): Plugin {
  let documents: Map<string, string> | undefined;
  return {
    name: 'phoenix:graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = undefined;
      this.addWatchFile(GENERATED);
    },
    watchChange(id) {
      if (id === GENERATED) documents = undefined;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('__generated__') || !code.includes('graphql(')) return null;
      documents ??= readGeneratedDocuments(readFileSync(GENERATED, 'utf8'));
      const known = documents;
      const replaced = code.replace(CALL, (call: string, document: string) => {
        const match = DEFINITION.exec(document);
        if (!match?.[1] || !match[2]) this.error(`${id}: graphql() must start with a named query, mutation, subscription or fragment`);
        const literal = known.get(documentExportName(match[1], match[2]));
        if (!literal) this.error(`${id}: ${match[2]} is not in src/__generated__/graphql.ts; run \`npm run codegen\``);
        return `(${literal})` + '\n'.repeat(call.split('\n').length - 1);
      });
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
