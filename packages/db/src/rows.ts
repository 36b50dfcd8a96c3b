import type { SQL } from 'drizzle-orm';
import type { Database, Transaction } from './open.js';

/**
 * Runs raw SQL and returns its rows. postgres.js returns an array and PGlite an object with
 * `rows`; this hides the difference for the few places that need raw SQL.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database | Transaction, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
