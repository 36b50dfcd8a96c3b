import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES, badUserInput, isErrorCode, phoenixError } from '../src/index.js';

describe('errors', () => {
  it('builds client errors whose code cannot be overridden by details', () => {
    const error = phoenixError('QUOTA_EXCEEDED', 'No letters left this month.', { code: 'OTHER', resetsAt: '2026-12-01' });
    expect(error.extensions).toEqual({ code: 'QUOTA_EXCEEDED', resetsAt: '2026-12-01' });
    expect(badUserInput('bad').extensions.code).toBe('BAD_USER_INPUT');
  });

  it('recognises only catalogued codes', () => {
    expect(isErrorCode('EMAIL_TAKEN')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('SOMETHING_ELSE')).toBe(false);
    expect(ERROR_CODES.UNAUTHENTICATED).toBe(401);
  });
});
