import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@phoenix/config';
import { composeFromConfig } from './lib/composition.js';

const check = process.argv.includes('--check');
const configPath = join(repoRoot, 'supergraph.yaml');
const outputPath = join(repoRoot, 'supergraph.graphql');

const result = composeFromConfig(configPath);
if (!result.ok) {
  console.error(`Composition failed (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}):`);
  for (const error of result.errors) console.error(`  - ${error}`);
  process.exit(1);
}

if (check) {
  const committed = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : '';
  if (committed !== result.supergraphSdl) {
    console.error('supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  console.log('supergraph.graphql is up to date.');
} else {
  writeFileSync(outputPath, result.supergraphSdl);
  console.log(`Wrote ${outputPath}`);
}
