import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'drizzle-kit';

// Paths relative to the working directory (drizzle-kit mishandles absolute `out` paths), computed
// from this file, so `drizzle-kit generate --config subgraphs/accounts/drizzle.config.ts` works
// from the repository root as well as from this folder.
const here = (path: string) => relative(process.cwd(), fileURLToPath(new URL(path, import.meta.url))) || '.';

export default defineConfig({
  dialect: 'postgresql',
  schema: [here('./src/db/schema.ts'), here('./src/db/analytics-schema.ts'), here('./src/db/api-keys-schema.ts'), here('./src/db/erasure-schema.ts')],
  out: here('./drizzle'),
  schemaFilter: ['accounts'],
});
