import { eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { phoenixError } from '@phoenix/errors';
import { users, type UserRow } from '../db/schema.js';
import { isUniqueViolation } from '@phoenix/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `id` can be a user id; anything else matches no row and must not reach a uuid column. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

export interface NewUser {
  email: string;
  passwordHash: string;
  displayName: string;
  roles?: string[];
}

/**
 * Inserts a user whose email is already normalised. The unique index decides between
 * concurrent sign-ups with one email: the loser gets EMAIL_TAKEN.
 */
export async function insertUser(db: Database | Transaction, user: NewUser): Promise<UserRow> {
  try {
    const [row] = await db.insert(users).values(user).returning();
    if (!row) throw new Error('insert into accounts.users returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_idx')) {
      throw phoenixError('EMAIL_TAKEN', 'An account already uses this email address.', { field: 'email' });
    }
    throw error;
  }
}

/** The user with this normalised email, if any. */
export async function findUserByEmail(db: Database | Transaction, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

/** The users with these ids, in no particular order; ids that are not uuids are ignored. */
export async function findUsersByIds(db: Database | Transaction, ids: readonly string[]): Promise<UserRow[]> {
  const valid = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, valid));
}
