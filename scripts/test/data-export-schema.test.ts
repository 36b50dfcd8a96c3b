import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import addFormats from 'ajv-formats';
import { repoRoot } from '@phoenix/config';
import {
  DATA_EXPORT_SCHEMA_DOC_PATH,
  EXPORT_SUBGRAPHS,
  loadSectionSchemas,
  MissingSectionSchemaError,
  renderDataExportSchema,
} from '../data-export-schema/document.js';

type Ajv = Parameters<typeof addFormats.default>[0];
// The workspace root holds ajv 6 (eslint's); @phoenix/events depends on ajv 8, which has the 2020-12 dialect.
const requireFromEvents = createRequire(join(repoRoot, 'packages/events/package.json'));
const { Ajv2020 } = requireFromEvents('ajv/dist/2020.js') as { Ajv2020: new (options: { strict: boolean; allErrors: boolean }) => Ajv };

/** The first line where two texts differ, to say what is stale. */
function firstDifference(expected: string, actual: string): string | undefined {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return `line ${i + 1}: expected ${JSON.stringify(a[i] ?? '<end of file>')}, found ${JSON.stringify(b[i] ?? '<end of file>')}`;
  }
  return undefined;
}

describe('docs/data-export.schema.json', () => {
  it('is what the generator writes from the seven subgraphs’ export schemas', async () => {
    const fresh = renderDataExportSchema(await loadSectionSchemas());
    const committed = readFileSync(join(repoRoot, DATA_EXPORT_SCHEMA_DOC_PATH), 'utf8');
    const difference = firstDifference(fresh, committed);
    expect(difference === undefined ? 'up to date' : `${DATA_EXPORT_SCHEMA_DOC_PATH} is stale (${difference}); run \`npm run export:schema\``).toBe('up to date');
  });

  it('is a strict draft 2020-12 schema requiring the header and one section per subgraph', async () => {
    const schema = JSON.parse(renderDataExportSchema(await loadSectionSchemas())) as { required: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(['userId', 'id', 'generatedAt', 'formatVersion', 'schemaUrl', ...EXPORT_SUBGRAPHS]);
    expect(schema.additionalProperties).toBe(false);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});

describe('loading the section schemas', () => {
  it('names every subgraph whose schema file or export is missing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'phoenix-export-schema-'));
    for (const [subgraph, body] of [
      ['accounts', 'export const accountsExportSchema = { type: "object" };'],
      ['aube', 'export const somethingElse = {};'],
    ] as const) {
      mkdirSync(join(root, 'subgraphs', subgraph, 'src', 'export'), { recursive: true });
      writeFileSync(join(root, 'subgraphs', subgraph, 'src', 'export', 'schema.ts'), `${body}\n`);
    }
    const failure = await loadSectionSchemas(root).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MissingSectionSchemaError);
    const message = (failure as Error).message;
    expect(message).toContain('subgraphs/aube/src/export/schema.ts does not export aubeExportSchema');
    for (const subgraph of ['letters', 'rise', 'iris', 'billing', 'agents']) expect(message).toContain(`subgraphs/${subgraph}/src/export/schema.ts (file not found)`);
    expect(message).not.toContain('subgraphs/accounts/');
  });
});
