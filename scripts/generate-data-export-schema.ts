import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { DATA_EXPORT_SCHEMA_DOC_PATH, loadSectionSchemas, MissingSectionSchemaError, renderDataExportSchema } from './data-export-schema/document.js';

// Writes docs/data-export.schema.json from every subgraph's src/export/schema.ts.
// With --check, writes nothing and exits 1 when the committed file is stale.
const check = process.argv.includes('--check');
const file = join(repoRoot, DATA_EXPORT_SCHEMA_DOC_PATH);
const content = renderDataExportSchema(await loadOrExit());

if (readOrEmpty(file) === content) console.log(`${DATA_EXPORT_SCHEMA_DOC_PATH} is up to date`);
else if (check) {
  console.error(`${DATA_EXPORT_SCHEMA_DOC_PATH} is stale; run npm run export:schema`);
  process.exit(1);
} else {
  writeFileSync(file, content);
  console.log(`wrote ${DATA_EXPORT_SCHEMA_DOC_PATH}`);
}

async function loadOrExit() {
  try {
    return await loadSectionSchemas();
  } catch (error) {
    if (!(error instanceof MissingSectionSchemaError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
