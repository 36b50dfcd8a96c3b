import { join } from 'node:path';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { commonEnv, dataDir, loadConfig } from '@phoenix/config';
import { migrateSchema, openDatabase } from '@phoenix/db';
import { EVENTS_MIGRATIONS, eventRegistry } from '@phoenix/events';
import { PUBSUB_MIGRATIONS } from '@phoenix/pubsub';
import { localSubgraphs } from './lib/subgraphs.js';

const env = loadConfig('migrate', commonEnv);
eventRegistry();
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: join(dataDir(env), 'pglite') });
try {
  await migrateSchema(database, EVENTS_MIGRATIONS);
  console.log('migrated events');
  await migrateSchema(database, AUDIT_MIGRATIONS);
  console.log('migrated audit');
  await migrateSchema(database, PUBSUB_MIGRATIONS);
  console.log('migrated pubsub');
  for (const subgraph of localSubgraphs()) {
    await migrateSchema(database, subgraph.migrations);
    console.log(`migrated ${subgraph.migrations.schema}`);
  }
} finally {
  await database.close();
}
