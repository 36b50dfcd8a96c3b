import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The letters schema's committed migrations. */
export const LETTERS_MIGRATIONS: MigrationTarget = {
  schema: 'letters',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};
