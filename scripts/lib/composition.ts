import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const supergraphConfigSchema = z.object({
  federation_version: z.string().optional(),
  subgraphs: z.record(
    z.string().regex(/^[a-z][a-z0-9_]*$/, 'subgraph names are lower-case identifiers'),
    z.object({ routing_url: z.url(), schema: z.object({ file: z.string() }) }),
  ),
});

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes the subgraphs listed in a Rover-format `supergraph.yaml` with @apollo/composition. */
export function composeFromConfig(configPath: string): CompositionResult {
  const parsed = supergraphConfigSchema.safeParse(parseYaml(readFileSync(configPath, 'utf8')));
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${configPath}: ${i.path.join('.')}: ${i.message}`) };
  }
  const root = dirname(configPath);
  const services = [];
  const errors: string[] = [];
  for (const [name, subgraph] of Object.entries(parsed.data.subgraphs)) {
    const file = resolve(root, subgraph.schema.file);
    try {
      services.push({ name, url: subgraph.routing_url, typeDefs: parse(readFileSync(file, 'utf8')) });
    } catch (error) {
      errors.push(`${name} (${file}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((e) => `${String(e.extensions.code ?? 'COMPOSITION_ERROR')}: ${e.message}`) };
  }
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trimEnd()}\n` };
}
