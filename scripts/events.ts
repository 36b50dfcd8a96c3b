import { join } from 'node:path';
import { commonEnv, dataDir, loadConfig } from '@phoenix/config';
import { migrateSchema, openDatabase, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS, runEventsCommand } from '@phoenix/events';

const env = loadConfig('events', commonEnv);
let database: DatabaseHandle | undefined;

const code = await runEventsCommand(process.argv.slice(2), {
  async database() {
    if (!database) {
      database = await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir(env), 'pglite') });
      // Idempotent and cheap; lets the commands run before any subgraph has migrated the events schema.
      await migrateSchema(database, EVENTS_MIGRATIONS);
    }
    return database;
  },
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
await database?.close();
process.exit(code);
