import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The events schema's committed migrations; apply with `migrateSchema` before publishing or consuming. */
export const EVENTS_MIGRATIONS: MigrationTarget = {
  schema: 'events',
  migrationsFolder: fileURLToPath(new URL('../../drizzle', import.meta.url)),
};
