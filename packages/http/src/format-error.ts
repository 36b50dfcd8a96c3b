import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode } from '@phoenix/errors';
import { scrubError, type Logger } from '@phoenix/logger';

/**
 * Error masking, at the gateway and in every subgraph: an error with a catalogued
 * `extensions.code` reaches the client as it is (without stack); anything else is logged, scrubbed of personal data, and replaced by a
 * generic internal error.
 */
export function formatClientError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Database errors carry query parameters and row values: never log them raw.
    logger.error({ err: scrubError(unwrapResolverError(error)), path: formatted.path }, 'unexpected error while resolving');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
