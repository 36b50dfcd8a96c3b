import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The operation limits a client can exceed. */
export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'directives' | 'tokens' | 'fields' | 'batchSize';

/**
 * A refusal for exceeding an operation limit. Raised from validation rules, where Apollo
 * Server forces GRAPHQL_VALIDATION_FAILED; `withLimitCodes` gives it back its own code.
 */
export class OperationLimitError extends GraphQLError {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    message: string,
  ) {
    super(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: limit, max } } });
    this.name = 'OperationLimitError';
  }
}

// graphql-js's own wording when `parse(…, { maxTokens })` gives up (16.x writes "more that").
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\./;

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Wraps the client error formatter so that every operation-limit refusal answers
 * OPERATION_LIMIT_EXCEEDED with `extensions.limit { name, max }`, including the token limit
 * that graphql-js reports as a syntax error.
 */
export function withLimitCodes(format: FormatError): FormatError {
  return (formatted, error) => {
    const original = error instanceof GraphQLError ? error.originalError : undefined;
    if (original instanceof OperationLimitError) {
      return format({ ...formatted, extensions: { ...formatted.extensions, code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: original.limit, max: original.max } } }, error);
    }
    const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      const max = Number(tokens[1]);
      return format({ message: `The operation has more than ${max} tokens.`, extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: { name: 'tokens', max } } }, error);
    }
    return format(formatted, error);
  };
}
