import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { AI_TRANSPARENCY_DOC_PATH, renderAiTransparency } from './document.js';

// Writes docs/ai-transparency.md. With --check, writes nothing and exits 1 when it is stale.
const check = process.argv.includes('--check');
const file = join(repoRoot, AI_TRANSPARENCY_DOC_PATH);
const content = renderAiTransparency();

if (readOrEmpty(file) === content) console.log(`${AI_TRANSPARENCY_DOC_PATH} is up to date`);
else if (check) {
  console.error(`${AI_TRANSPARENCY_DOC_PATH} is stale; run npm run ai:transparency`);
  process.exit(1);
} else {
  writeFileSync(file, content);
  console.log(`wrote ${AI_TRANSPARENCY_DOC_PATH}`);
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
