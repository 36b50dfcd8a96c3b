import { databaseCause } from '@phoenix/errors';

// drizzle's DrizzleQueryError, recognised by shape so the logger needs no database driver.
function isQueryError(error: unknown): error is Error & { query: string; params: unknown[] } {
  return error instanceof Error && typeof (error as { query?: unknown }).query === 'string' && Array.isArray((error as { params?: unknown }).params);
}

/**
 * An unexpected error stripped of what could carry personal data before it is logged:
 * drizzle puts query parameters (emails, names) in its message, and Postgres echoes values
 * in `detail` and in some messages. Keeps the SQLSTATE, the constraint and the SQL text.
 */
export function scrubError(error: unknown): Error {
  if (isQueryError(error)) {
    const cause = databaseCause(error.cause);
    const constraint = cause?.constraint ?? cause?.constraint_name;
    const details = [
      cause ? `SQLSTATE ${String(cause.code)}` : undefined,
      typeof constraint === 'string' ? `constraint ${constraint}` : undefined,
      `query: ${error.query}`,
    ].filter(Boolean);
    const scrubbed = new Error(`Database query failed (${details.join('; ')})`);
    scrubbed.name = 'DatabaseError';
    return scrubbed;
  }
  if (error instanceof Error) {
    const scrubbed = new Error(error.message);
    scrubbed.name = error.name;
    scrubbed.stack = error.stack;
    return scrubbed;
  }
  return new Error('Non-error value thrown');
}
