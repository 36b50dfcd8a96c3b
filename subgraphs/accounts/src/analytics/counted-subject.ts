import { sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '@phoenix/db';
import { isUuid } from '../services/users.js';

/**
 * Whether events about `userId` feed the funnel and activity projections: a user who grants
 * `analytics` now, or an erasure's pseudonym (the event log after an erasure finished) for a
 * user who had granted it when erased, so rebuilding a projection from the log gives the same
 * counts. An erased user's real id is neither, so a late or replayed event cannot bring it back.
 */
export async function countsInAnalytics(tx: Transaction, userId: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [row] = await queryRows<{ counted: boolean }>(
    tx,
    sql`select exists (select 1 from accounts.consents where user_id = ${userId}::uuid and purpose = 'analytics' and granted)
            or exists (select 1 from accounts.erasures where pseudonym = ${userId}::uuid and analytics_consented) as counted`,
  );
  return row?.counted === true;
}
