/** The SQLSTATE fields both Postgres drivers put on their errors. */
export interface DatabaseErrorFields {
  code?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
}

/** The database error behind `error` (drizzle wraps the driver's in `cause`), if any. */
export function databaseCause(error: unknown): DatabaseErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (typeof (current as DatabaseErrorFields).code === 'string') return current as DatabaseErrorFields;
    current = current.cause;
  }
  return undefined;
}
