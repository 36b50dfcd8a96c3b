import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The aube schema's committed migrations. */
export const AUBE_MIGRATIONS: MigrationTarget = {
  schema: 'aube',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};
