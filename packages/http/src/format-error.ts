import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, isErrorCode } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';

/**
 * Error masking, at the gateway and in every subgraph: an error with a catalogued
 * `extensions.code` reaches the client as it is (without stack); a database out of reach
 * becomes SUBGRAPH_UNAVAILABLE (retry later); anything else is logged, scrubbed of personal
 * data, and replaced by a generic internal error.
 */
export function formatClientError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (isUncodedRequestError(error)) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    const cause = unwrapResolverError(error);
    if (isDatabaseUnavailable(cause)) {
      logger.warn({ err: scrubError(cause), path: formatted.path }, 'database unavailable');
      return {
        message: 'This service is temporarily unavailable. Try again in a moment.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      };
    }
    // Database errors carry query parameters and row values: never log them raw.
    logger.error({ err: scrubError(cause), path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Apollo Server refuses some requests (an APQ hash that does not match its query, an
 * unknown APQ version) with a 4xx HTTP head but no code: they are the caller's mistake,
 * not a fault to mask and log.
 */
function isUncodedRequestError(error: unknown): boolean {
  if (!(error instanceof Error) || !('extensions' in error)) return false;
  const { extensions, originalError } = error as GraphQLError;
  if (extensions.code !== undefined || originalError) return false;
  const status = (extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
