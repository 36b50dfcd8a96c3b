import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The audit schema's committed migrations; apply with `migrateSchema` before recording. */
export const AUDIT_MIGRATIONS: MigrationTarget = {
  schema: 'audit',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};
