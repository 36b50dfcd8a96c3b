import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ERROR_CODES, isErrorCode, phoenixError } from '@phoenix/errors';

/**
 * The error as the client must receive it when it stops the operation: a catalogued code
 * answers with its HTTP status (401, 403, 400…), not Apollo Server's default 500.
 */
export function withStatus(error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const code = error.extensions.code;
  if (isErrorCode(code) && error.extensions.http === undefined) error.extensions.http = { status: ERROR_CODES[code] };
  return error;
}

export function unauthenticated(paths: string[][]) {
  return withStatus(phoenixError('UNAUTHENTICATED', 'You must be signed in to read some of the requested fields.', { paths }));
}

export function forbidden(paths: string[][]) {
  return withStatus(phoenixError('FORBIDDEN', 'You are not allowed to read some of the requested fields.', { paths }));
}

export function costLimitExceeded(estimated: number, limit: number) {
  return withStatus(phoenixError('COST_LIMIT_EXCEEDED', `The operation's estimated cost (${estimated}) is above your limit (${limit}).`, { cost: { estimated, limit } }));
}

export function rateLimited(retryAfterSeconds: number) {
  const error = phoenixError('RATE_LIMITED', `Too much query cost in a short time; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  error.extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return error;
}
