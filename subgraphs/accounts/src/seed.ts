import type { Database } from '@phoenix/db';
import { users } from './db/schema.js';
import { currentConsentTextVersion, type ConsentPurpose } from './domain/consent.js';
import { parseDisplayName } from './domain/display-name.js';
import { parseEmail } from './domain/email.js';
import { checkNewPassword } from './domain/password-policy.js';
import type { Checked } from './domain/validation.js';
import { recordConsentIn } from './services/consents.js';
import { hashPassword } from './services/passwords.js';
import { findUserByEmail } from './services/users.js';

function required<T>(field: string, checked: Checked<T>): T {
  if (!checked.ok) throw new Error(`Cannot seed a user: ${field}: ${checked.message}`);
  return checked.value;
}

/** Demo accounts measure audience, so the admin funnel shows their journeys. */
export const DEMO_CONSENTS: readonly ConsentPurpose[] = ['analytics'];

/**
 * Creates a user unless one already has this email, granting `consents` (default
 * `DEMO_CONSENTS`) as at sign-up; an existing user is left unchanged. Idempotent, and safe
 * when two processes seed at once. Used to seed demo accounts.
 */
export async function ensureUser(
  db: Database,
  input: { email: string; password: string; displayName: string; roles?: string[]; consents?: readonly ConsentPurpose[] },
): Promise<{ id: string; created: boolean }> {
  const email = required('email', parseEmail(input.email));
  const existing = await findUserByEmail(db, email);
  if (existing) return { id: existing.id, created: false };
  const password = required('password', checkNewPassword(input.password));
  const displayName = required('displayName', parseDisplayName(input.displayName));
  const passwordHash = await hashPassword(password);
  const inserted = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({ email, displayName, passwordHash, roles: input.roles ?? [] })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!row) return undefined;
    for (const purpose of input.consents ?? DEMO_CONSENTS) {
      await recordConsentIn(tx, { userId: row.id, purpose, granted: true, textVersion: currentConsentTextVersion(purpose), changedBy: row.id });
    }
    return row;
  });
  if (inserted) return { id: inserted.id, created: true };
  const raced = await findUserByEmail(db, email);
  if (!raced) throw new Error('Cannot seed a user: the email was taken and then released');
  return { id: raced.id, created: false };
}
