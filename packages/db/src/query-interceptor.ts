import { PgPreparedQuery } from 'drizzle-orm/pg-core';

/** Runs one statement (`run`), e.g. inside a span; receives the SQL text, never the parameters. */
export type QueryInterceptor = <T>(sql: string, run: () => Promise<T>) => Promise<T>;

type QueryWithCache = (sql: string, params: unknown[], query: () => Promise<unknown>) => Promise<unknown>;
interface Interceptable {
  queryWithCache?: QueryWithCache;
}

let installed: QueryInterceptor | undefined;

/**
 * Routes the execution of every statement drizzle runs, on every handle and driver, through
 * `interceptor` — how SQL spans get their duration. drizzle's `logger` only sees a statement
 * before it runs; `queryWithCache` (internal to drizzle, shared by its PGlite and postgres.js
 * drivers, transactions included) is the one place around it. Returns false, changing
 * nothing, when that method is missing (a drizzle upgrade): statements then run untraced.
 * Installs once per process; later calls keep the first interceptor.
 */
export function interceptQueries(interceptor: QueryInterceptor): boolean {
  if (installed) return true;
  const prototype = PgPreparedQuery.prototype as unknown as Interceptable;
  const original = prototype.queryWithCache;
  if (typeof original !== 'function') return false;
  installed = interceptor;
  prototype.queryWithCache = function (this: unknown, sql, params, query) {
    return interceptor(sql, () => original.call(this, sql, params, query));
  };
  return true;
}
