import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { GraphQLError } from 'graphql';
import { createLogger } from '@phoenix/logger';
import { formatClientError } from '../src/index.js';

function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger('test', 'info', stream) };
}

describe('formatClientError', () => {
  it('logs a failed query without its parameters or row values and hides it from the client', () => {
    const { lines, logger } = capturingLogger();
    const cause = Object.assign(new Error('duplicate key value'), { code: '23505', detail: 'Key (email)=(lea@exemple.fr) exists.' });
    const original = new DrizzleQueryError('insert into users (email) values ($1)', ['lea@exemple.fr'], cause);
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['signUp'] });
    const formatted = formatClientError(logger)({ message: original.message, path: ['signUp'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['signUp'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.join('')).toContain('SQLSTATE 23505');
    expect(lines.join('')).not.toContain('lea@exemple.fr');
  });
});
