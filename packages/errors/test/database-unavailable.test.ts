import { describe, expect, it } from '@jest/globals';
import { isDatabaseUnavailable } from '../src/index.js';

/** As drizzle raises it: its own error, with the driver's in `cause`. */
const fromDrizzle = (cause: Error & Record<string, unknown>) => new Error('Failed query: select 1', { cause });
const driverError = (fields: Record<string, unknown>) => Object.assign(new Error('driver'), fields);

describe('isDatabaseUnavailable', () => {
  it('recognises a refused or lost connection, and a session the server ended', () => {
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: 'ECONNREFUSED' })))).toBe(true);
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: 'CONNECTION_CLOSED' })))).toBe(true);
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: '57P01', severity: 'FATAL' })))).toBe(true);
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: '55000', severity: 'FATAL' })))).toBe(true);
    expect(isDatabaseUnavailable(driverError({ code: '08006', severity: 'ERROR' }))).toBe(true);
  });

  it('leaves statement errors and errors without a database cause alone', () => {
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: '23505', severity: 'ERROR', constraint: 'users_email_key' })))).toBe(false);
    expect(isDatabaseUnavailable(fromDrizzle(driverError({ code: '55000', severity: 'ERROR' })))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
  });
});
