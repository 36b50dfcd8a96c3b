import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The billing schema's committed migrations. */
export const BILLING_MIGRATIONS: MigrationTarget = {
  schema: 'billing',
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
};
