import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { ConfigError, booleanFromEnv, commonEnv, csvList, parseConfig, portEnv } from '../src/index.js';

const schema = commonEnv.extend({
  PORT: portEnv.default(4000),
  CORS_ORIGINS: csvList.default([]),
  INTROSPECTION: booleanFromEnv.optional(),
  SECRET: z.string().min(32),
});

describe('parseConfig', () => {
  it('applies defaults and coerces values', () => {
    const config = parseConfig('test', schema, {
      SECRET: 'x'.repeat(32),
      CORS_ORIGINS: 'http://a.test, http://b.test,',
      INTROSPECTION: 'yes',
    });
    expect(config.PORT).toBe(4000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.CORS_ORIGINS).toEqual(['http://a.test', 'http://b.test']);
    expect(config.INTROSPECTION).toBe(true);
  });

  it('reports every problem at once, naming each variable', () => {
    let caught: unknown;
    try {
      parseConfig('gateway', schema, { PORT: 'eighty', DATABASE_URL: 'mysql://x', INTROSPECTION: 'maybe' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems.join('\n');
    for (const key of ['PORT', 'DATABASE_URL', 'INTROSPECTION', 'SECRET']) expect(problems).toContain(key);
    expect((caught as ConfigError).message).toContain('gateway');
  });

  it('accepts postgres and postgresql URLs only', () => {
    expect(parseConfig('t', commonEnv, { DATABASE_URL: 'postgresql://localhost:5432/test' }).DATABASE_URL).toBe(
      'postgresql://localhost:5432/test',
    );
    expect(() => parseConfig('t', commonEnv, { DATABASE_URL: 'http://localhost' })).toThrow(ConfigError);
  });
});
