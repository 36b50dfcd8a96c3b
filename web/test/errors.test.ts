import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES } from '@phoenix/errors';
import { ERROR_MESSAGES, FIELD_ERROR_MESSAGES, SERVER_ERROR_CODES, errorMessage } from '../src/errors/messages';
import { isSessionEnded, problemOf } from '../src/errors/problem';

describe('French error messages', () => {
  it('cover exactly the codes the API may send', () => {
    expect([...SERVER_ERROR_CODES].sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const code of SERVER_ERROR_CODES) expect(ERROR_MESSAGES[code]).toMatch(/\.$/);
  });

  it('say when to retry after a rate limit, with French spacing and plural', () => {
    expect(errorMessage('RATE_LIMITED', { retryAfterSeconds: 1 })).toBe('Trop de demandes en peu de temps. Réessayez dans 1\u00a0seconde.');
    expect(errorMessage('RATE_LIMITED', { retryAfterSeconds: 12.2 })).toBe('Trop de demandes en peu de temps. Réessayez dans 13\u00a0secondes.');
  });

  it('say when a quota resets', () => {
    expect(errorMessage('QUOTA_EXCEEDED', { resetsAt: '2026-04-01T00:00:00.000Z' })).toContain('renouvelée le 1er avril');
  });
});

describe('problemOf', () => {
  it('reads the code, the field and the details of GraphQL errors', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Bad email', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }] });
    expect(problemOf(error)).toEqual({ code: 'BAD_USER_INPUT', field: 'email', message: ERROR_MESSAGES.BAD_USER_INPUT });
  });

  it('words a refused account-deletion confirmation for the person, and keeps the field', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'mismatch', extensions: { code: 'BAD_USER_INPUT', field: 'confirmEmail' } }] });
    expect(problemOf(error)).toEqual({ code: 'BAD_USER_INPUT', field: 'confirmEmail', message: FIELD_ERROR_MESSAGES.confirmEmail });
    expect(FIELD_ERROR_MESSAGES.confirmEmail).toContain('ne correspond pas à celle de votre compte');
  });

  it('reads GraphQL errors carried by an HTTP error answer', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'INVALID_CREDENTIALS' } }] });
    const error = new ServerError('401', { response: new Response(bodyText, { status: 401 }), bodyText });
    expect(problemOf(error).message).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('treats a failed fetch as a network problem and anything unknown as unexpected', () => {
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('NETWORK');
    expect(problemOf(new Error('boom')).code).toBe('UNKNOWN');
    expect(problemOf(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'NOT_A_CODE' } }] })).code).toBe('UNKNOWN');
  });

  it('recognises an ended session', () => {
    expect(isSessionEnded(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'TOKEN_EXPIRED' } }] }))).toBe(true);
    expect(isSessionEnded(new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
  });
});
