import { sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '@phoenix/db';
import { isUuid } from '../services/users.js';

/**
 * Whether an event about `userId` may still feed accounts' projections: the user has an
 * account, or the id is an erasure's pseudonym (the event log after an erasure finished). An
 * erased user's real id is neither, so a late or replayed event cannot bring it back.
 */
export async function isKnownUser(tx: Transaction, userId: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [row] = await queryRows<{ known: boolean }>(
    tx,
    sql`select exists (select 1 from accounts.users where id = ${userId}::uuid)
            or exists (select 1 from accounts.erasures where pseudonym = ${userId}::uuid) as known`,
  );
  return row?.known === true;
}
