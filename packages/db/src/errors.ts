import { databaseCause } from '@phoenix/errors';

/** True when `error` (or its cause) is Postgres' unique violation on `constraint`, whichever driver raised it. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = databaseCause(error);
  return cause?.code === '23505' && (cause.constraint ?? cause.constraint_name) === constraint;
}
