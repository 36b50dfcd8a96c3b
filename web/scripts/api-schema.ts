import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The public API schema of the composed supergraph: what clients can query, without the
 * join/link machinery. Feature support is not checked here because the gateway, not this
 * script, decides which `for: SECURITY` features it enforces.
 */
export function apiSchemaSdl(supergraphPath = join(repoRoot, 'supergraph.graphql')): string {
  const supergraph = Supergraph.build(readFileSync(supergraphPath, 'utf8'), { supportedFeatures: null });
  return `${printSchema(supergraph.apiSchema().toGraphQLJSSchema())}\n`;
}
