import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '@phoenix/config';
import { irisEnv } from '../../src/config.js';
import { userHash } from '../../src/domain/analytics.js';

const USER = '6f1c2a9e-0d4b-4b8e-9a57-3c2d1e0f9a8b';

describe('userHash', () => {
  it('is stable for a user and pepper, and changes with the pepper', () => {
    const pepper = 'a'.repeat(32);
    expect(userHash(pepper, USER)).toMatch(/^[0-9a-f]{64}$/);
    expect(userHash(pepper, USER.toUpperCase())).toBe(userHash(pepper, USER));
    expect(userHash('b'.repeat(32), USER)).not.toBe(userHash(pepper, USER));
    expect(userHash(pepper, USER)).not.toContain(USER.replace(/-/g, ''));
  });
});

describe('the analytics pepper', () => {
  it('has a development default that production refuses', () => {
    expect(parseConfig('iris', irisEnv, { NODE_ENV: 'development' }).IRIS_ANALYTICS_PEPPER).toMatch(/^dev-only/);
    expect(() => parseConfig('iris', irisEnv, { NODE_ENV: 'production' })).toThrow(/IRIS_ANALYTICS_PEPPER: required in production/);
    expect(parseConfig('iris', irisEnv, { NODE_ENV: 'production', IRIS_ANALYTICS_PEPPER: 'x'.repeat(40) }).IRIS_ANALYTICS_PEPPER).toBe('x'.repeat(40));
  });

  it('must be at least 32 characters', () => {
    expect(() => parseConfig('iris', irisEnv, { IRIS_ANALYTICS_PEPPER: 'short' })).toThrow(/at least 32 characters/);
  });
});
