import { describe, expect, it } from '@jest/globals';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { isUniqueViolation } from '../src/index.js';

function uniqueViolation(constraintKey: 'constraint' | 'constraint_name'): DrizzleQueryError {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_idx"'), {
    code: '23505',
    [constraintKey]: 'users_email_idx',
    detail: 'Key (email)=(marie@exemple.fr) already exists.',
  });
  return new DrizzleQueryError('insert into "accounts"."users" ("email") values ($1)', ['marie@exemple.fr'], cause);
}

describe('database errors', () => {
  it('recognise a unique violation on a named constraint from either driver', () => {
    expect(isUniqueViolation(uniqueViolation('constraint'), 'users_email_idx')).toBe(true);
    expect(isUniqueViolation(uniqueViolation('constraint_name'), 'users_email_idx')).toBe(true);
    expect(isUniqueViolation(uniqueViolation('constraint'), 'other_idx')).toBe(false);
    expect(isUniqueViolation(new Error('boom'), 'users_email_idx')).toBe(false);
  });
});
