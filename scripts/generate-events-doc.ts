import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { loadRegistry, RegistryError, type Registry } from '@phoenix/events';
import { EVENTS_DOC_PATH, PAYLOAD_TYPES_FILE, renderEventsDoc, renderPayloadTypes } from '@phoenix/events/codegen';

// Writes docs/events.md and the package's EventPayloads type map from registry.yaml.
// With --check, writes nothing and exits 1 when either committed file is stale.
const check = process.argv.includes('--check');
const registry = loadOrExit();
const outputs = [
  { file: join(repoRoot, EVENTS_DOC_PATH), content: renderEventsDoc(registry) },
  { file: PAYLOAD_TYPES_FILE, content: renderPayloadTypes(registry) },
];

let stale = 0;
for (const { file, content } of outputs) {
  if (readOrEmpty(file) === content) continue;
  stale += 1;
  if (check) console.error(`${file} is stale; run npx tsx scripts/generate-events-doc.ts`);
  else {
    writeFileSync(file, content);
    console.log(`wrote ${file}`);
  }
}
if (stale === 0) console.log('events doc and payload types are up to date');
process.exit(check && stale > 0 ? 1 : 0);

function loadOrExit(): Registry {
  try {
    return loadRegistry();
  } catch (error) {
    if (!(error instanceof RegistryError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
