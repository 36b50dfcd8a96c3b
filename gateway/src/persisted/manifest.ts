import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** Allowed operations by the SHA-256 (hex) of their document, as APQ names them. */
export type PersistedManifest = ReadonlyMap<string, string>;

/** The SHA-256 of a document, in the form of `extensions.persistedQuery.sha256Hash`. */
export function documentHash(document: string): string {
  return createHash('sha256').update(document).digest('hex');
}

/**
 * Reads a safelist manifest: graphql-codegen's persisted documents (`{ "<hash>": "<document>" }`,
 * generated with `hashAlgorithm: 'sha256'`) or Apollo's persisted query manifest
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`).
 * Every id must be the SHA-256 of its document, so that APQ clients and full-text requests
 * match the same entry; any problem throws, naming the file.
 */
export async function loadManifest(path: string): Promise<PersistedManifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the safelist manifest ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const entries = manifestEntries(parsed);
  if (!entries) throw new Error(`The safelist manifest ${path} is neither persisted documents ({ hash: document }) nor an Apollo persisted query manifest.`);
  const manifest = new Map<string, string>();
  const mismatched: string[] = [];
  for (const [id, body] of entries) {
    if (documentHash(body) !== id.toLowerCase()) mismatched.push(id);
    manifest.set(id.toLowerCase(), body);
  }
  if (mismatched.length > 0) {
    throw new Error(`The safelist manifest ${path} has ids that are not the SHA-256 of their document (use hashAlgorithm: 'sha256'): ${mismatched.slice(0, 5).join(', ')}`);
  }
  return manifest;
}

function manifestEntries(parsed: unknown): [string, string][] | undefined {
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  if (record.format === 'apollo-persisted-query-manifest') {
    if (!Array.isArray(record.operations)) return undefined;
    const operations = record.operations as { id?: unknown; body?: unknown }[];
    if (!operations.every((op) => typeof op?.id === 'string' && typeof op.body === 'string')) return undefined;
    return operations.map((op) => [op.id as string, op.body as string]);
  }
  const entries = Object.entries(record);
  return entries.every(([, body]) => typeof body === 'string') ? (entries as [string, string][]) : undefined;
}
