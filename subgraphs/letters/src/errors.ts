import { notFound, phoenixError } from '@phoenix/errors';

/** The monthly letter quota is used up: QUOTA_EXCEEDED with when it resets. */
export function quotaExceeded(limit: number, resetsAt: Date) {
  return phoenixError('QUOTA_EXCEEDED', `Your plan allows ${limit} letters per calendar month; the quota resets at ${resetsAt.toISOString()}.`, {
    resetsAt: resetsAt.toISOString(),
    limit,
  });
}

/** The letter does not exist or is not the caller's: the two are never told apart. */
export function letterNotFound() {
  return notFound('No such letter.');
}
