import { fileURLToPath } from 'node:url';
import type { MigrationTarget } from '@phoenix/db';

/** The pubsub schema's committed migrations; apply with `migrateSchema` before publishing large payloads. */
export const PUBSUB_MIGRATIONS: MigrationTarget = {
  schema: 'pubsub',
  migrationsFolder: fileURLToPath(new URL('../../drizzle', import.meta.url)),
};
