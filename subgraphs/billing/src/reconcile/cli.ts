import { join } from 'node:path';
import { dataDir } from '@phoenix/config';
import { migrateSchema, openDatabase } from '@phoenix/db';
import { EVENTS_MIGRATIONS, eventRegistry } from '@phoenix/events';
import { createLogger, scrubError } from '@phoenix/logger';
import { loadBillingConfig, stripeSettings } from '../config.js';
import { BILLING_MIGRATIONS } from '../migrations.js';
import { createStripeAccess } from '../stripe/access.js';
import { reconcileSubscriptions } from './reconcile.js';

// `npm run billing:reconcile`: repairs subscriptions whose webhooks were missed. With the
// embedded database, stop `npm start` first (PGlite serves one process at a time).
const config = loadBillingConfig();
const settings = stripeSettings(config);
if (!settings) {
  process.stderr.write('Stripe is not configured (STRIPE_SECRET_KEY is not set): nothing to reconcile.\n');
  process.exit(2);
}
const logger = createLogger('billing-reconcile', config.LOG_LEVEL);
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: join(dataDir({ PHOENIX_DATA_DIR: config.PHOENIX_DATA_DIR }), 'pglite') });
let code = 0;
try {
  eventRegistry();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, BILLING_MIGRATIONS);
  const report = await reconcileSubscriptions({ db: database.db, stripe: createStripeAccess(settings), logger });
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (error) {
  logger.error({ err: scrubError(error) }, 'reconciliation failed');
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
