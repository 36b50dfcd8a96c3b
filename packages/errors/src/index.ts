import { GraphQLError } from 'graphql';

/**
 * Every `extensions.code` a client may see, with the HTTP status the gateway uses when the
 * error stops the whole operation. docs/errors.md lists the same set.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  PERSISTED_QUERY_NOT_IN_LIST: 403,
  OPERATION_RESOLUTION_FAILURE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  PAYMENT_REQUIRED: 402,
  QUOTA_EXCEEDED: 429,
  RATE_LIMITED: 429,
  COST_LIMIT_EXCEEDED: 400,
  OPERATION_LIMIT_EXCEEDED: 400,
  SUBGRAPH_UNAVAILABLE: 502,
  PAYMENT_PROVIDER_NOT_CONFIGURED: 503,
  PAYMENT_PROVIDER_UNAVAILABLE: 503,
  AUDIT_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** A GraphQL error meant for the client: stable code, no stack, optional details. */
export function phoenixError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

export const badUserInput = (message: string, details?: Record<string, unknown>) => phoenixError('BAD_USER_INPUT', message, details);
export const unauthenticated = (message = 'You must be signed in to do this.') => phoenixError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => phoenixError('FORBIDDEN', message);
export const notFound = (message: string) => phoenixError('NOT_FOUND', message);
export { databaseCause, isDatabaseUnavailable, type DatabaseErrorFields } from './database-cause.js';
