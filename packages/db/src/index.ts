export { openDatabase, type DatabaseHandle, type Database, type Transaction, type DatabaseOptions } from './open.js';
export { migrateSchema, type MigrationTarget } from './migrate.js';
export { createTestDatabase } from './testing.js';
export { queryRows } from './rows.js';
export { isUniqueViolation } from './errors.js';
export { interceptQueries, type QueryInterceptor } from './query-interceptor.js';
