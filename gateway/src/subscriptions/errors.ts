import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';
import { formatClientError } from '@phoenix/http';
import type { Logger } from '@phoenix/logger';
import { withLimitCodes } from '../limits/limit-error.js';

export type SocketErrorFormatter = (error: GraphQLError) => GraphQLFormattedError;

/**
 * Errors as a socket client receives them, formatted like HTTP responses: catalogued codes
 * as they are, anything else masked as INTERNAL_SERVER_ERROR (and logged), operation limits
 * with `extensions.limit`, no HTTP status, and no field suggestions unless introspection is on.
 */
export function socketErrorFormatter(logger: Logger, options: { introspection: boolean }): SocketErrorFormatter {
  const format = withLimitCodes(formatClientError(logger));
  return (error) => {
    const formatted = format(error.toJSON(), error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    const message = options.introspection ? formatted.message : formatted.message.replace(/Did you mean ".+"\?/g, '[Suggestion hidden]').trim();
    return { ...formatted, message, extensions };
  };
}

/** A result with its errors formatted for the client. */
export function formatResult(result: ExecutionResult, format: SocketErrorFormatter): FormattedExecutionResult {
  const { errors, ...rest } = result;
  return { ...rest, ...(errors && errors.length > 0 ? { errors: errors.map(format) } : {}) } as FormattedExecutionResult;
}
