import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '@phoenix/errors';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function toIsoString(value: unknown): string {
  const date = value instanceof Date ? value : typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent a value that is not an instant');
  return date.toISOString();
}

function parseIsoString(value: unknown): string {
  try {
    return toIsoString(typeof value === 'string' ? value : undefined);
  } catch {
    throw badUserInput('Expected an ISO-8601 instant such as 2025-01-31T09:30:00Z.');
  }
}

/** ISO-8601 instants, always written in UTC with milliseconds. */
export const DateTime = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: toIsoString,
  parseValue: parseIsoString,
  parseLiteral: (ast) => parseIsoString(ast.kind === Kind.STRING ? ast.value : undefined),
});
