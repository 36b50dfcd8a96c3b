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

  it('gives a request Apollo Server refused with a 4xx head the BAD_REQUEST code, without logging it', () => {
    const { lines, logger } = capturingLogger();
    const refused = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400, headers: new Map() } } });
    const formatted = formatClientError(logger)({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refused);
    expect(formatted).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
    expect(lines).toEqual([]);
  });

  it('still masks an uncoded error that carries no client HTTP status', () => {
    const { logger } = capturingLogger();
    const fault = new GraphQLError('boom', { extensions: { http: { status: 500, headers: new Map() } } });
    const formatted = formatClientError(logger)({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, fault);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).toBe('Internal server error');
  });

  it('answers a database out of reach with SUBGRAPH_UNAVAILABLE, logged as a warning without the statement', () => {
    const { lines, logger } = capturingLogger();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const original = new DrizzleQueryError('select * from accounts.users where email = $1', ['lea@exemple.fr'], refused);
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['me'] });
    const formatted = formatClientError(logger)({ message: original.message, path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ message: 'This service is temporarily unavailable. Try again in a moment.', path: ['me'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    expect(lines.join('')).toContain('"level":"warn"');
    expect(lines.join('')).not.toContain('lea@exemple.fr');
  });
});
