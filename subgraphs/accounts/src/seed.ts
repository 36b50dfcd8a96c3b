import type { Database } from '@phoenix/db';
import { users } from './db/schema.js';
import { parseDisplayName } from './domain/display-name.js';
import { parseEmail } from './domain/email.js';
import { checkNewPassword } from './domain/password-policy.js';
import type { Checked } from './domain/validation.js';
import { hashPassword } from './services/passwords.js';
import { findUserByEmail } from './services/users.js';

function required<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw new Error(`Cannot seed a user: ${field}: ${checked.message}`);
  return checked.value;
}

/**
 * Creates a user unless one already has this email; an existing user is left unchanged.
 * Idempotent, and safe when two processes seed at once. Used to seed demo accounts.
 */
export async function ensureUser(
  db: Database,
  input: { email: string; password: string; displayName: string; roles?: string[] },
): Promise<{ id: string; created: boolean }> {
  const email = required('email', parseEmail(input.email));
  const existing = await findUserByEmail(db, email);
  if (existing) return { id: existing.id, created: false };
  const password = required('password', checkNewPassword(input.password));
  const displayName = required('displayName', parseDisplayName(input.displayName));
  const [inserted] = await db
    .insert(users)
    .values({ email, displayName, passwordHash: await hashPassword(password), roles: input.roles ?? [] })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (inserted) return { id: inserted.id, created: true };
  const raced = await findUserByEmail(db, email);
  if (!raced) throw new Error('Cannot seed a user: the email was taken and then released');
  return { id: raced.id, created: false };
}
