import { describe, expect, it } from '@jest/globals';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { scrubError } from '../src/index.js';

function uniqueViolation(constraintKey: 'constraint' | 'constraint_name'): DrizzleQueryError {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_idx"'), {
    code: '23505',
    [constraintKey]: 'users_email_idx',
    detail: 'Key (email)=(marie@exemple.fr) already exists.',
  });
  return new DrizzleQueryError('insert into "accounts"."users" ("email") values ($1)', ['marie@exemple.fr'], cause);
}

describe('scrubError', () => {
  it('drops query parameters and row values from database errors before they can be logged', () => {
    const scrubbed = scrubError(uniqueViolation('constraint'));
    expect(scrubbed.message).toContain('SQLSTATE 23505');
    expect(scrubbed.message).toContain('users_email_idx');
    expect(JSON.stringify({ ...scrubbed, message: scrubbed.message, stack: scrubbed.stack })).not.toContain('marie@exemple.fr');
    expect(scrubbed.cause).toBeUndefined();
    const withoutCode = scrubError(new DrizzleQueryError('select 1 where $1', ['marie@exemple.fr'], new Error('connection lost')));
    expect(`${withoutCode.message}${withoutCode.stack}`).not.toContain('marie@exemple.fr');
  });
});
