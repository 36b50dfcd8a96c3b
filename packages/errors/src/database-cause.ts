/** The SQLSTATE fields both Postgres drivers put on their errors. */
export interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
  severity?: unknown;
}

/** The database error behind `error` (drizzle wraps the driver's in `cause`), if any. */
export function databaseCause(error: unknown): DatabaseErrorFields | undefined {
  let current: unknown = error;
  // Not `instanceof Error`: socket errors come from Node's own realm, which is not a test
  // sandbox's, and the drivers' errors are plain objects underneath anyway.
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    if (typeof (current as DatabaseErrorFields).code === 'string') return current as DatabaseErrorFields;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Socket failures (Node) and postgres.js' own connection errors. */
const CONNECTION_FAILURES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * True when `error` comes from the database being out of reach rather than from the
 * statement: no connection, a connection the server ended (FATAL or PANIC: shutdown,
 * restart, connections disallowed, too many clients), SQLSTATE class 08 (connection
 * exception) or 57P0x (operator intervention). Retrying later can succeed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = databaseCause(error);
  if (!cause || typeof cause.code !== 'string') return false;
  const { code, severity } = cause;
  return CONNECTION_FAILURES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code) || severity === 'FATAL' || severity === 'PANIC';
}
