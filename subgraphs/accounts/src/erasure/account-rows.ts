import { eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '@phoenix/db';
import type { ErasedRows } from '@phoenix/events';
import { apiKeys } from '../db/api-keys-schema.js';
import { userActivityDays } from '../db/analytics-schema.js';
import { consentChanges, consents, refreshTokens, sessions, users } from '../db/schema.js';

/**
 * Accounts' own part of an erasure, in the caller's transaction: the user's rows are deleted
 * (sessions and their refresh tokens too, so no token of theirs works again), and where a
 * row feeds an aggregate or records what an administrator did, the user's id becomes
 * `pseudonym`, which links to nothing. Returns the rows touched per table.
 */
export async function eraseAccountRows(tx: Transaction, userId: string, pseudonym: string): Promise<ErasedRows> {
  const counts: ErasedRows = {};
  const count = (table: string, rows: readonly unknown[]) => {
    counts[table] = rows.length;
  };

  // Funnel and cohort counts keep this person, under the pseudonym. The person key may hold
  // the user id (`u:<id>`) or their visitor id (`v:<id>`): both go.
  count(
    'accounts.funnel_people',
    await queryRows(
      tx,
      sql`update accounts.funnel_people p
          set user_id = ${pseudonym}::uuid, visitor_id = null,
              person_key = 'u:' || ${pseudonym} || case when mine.rank > 1 then ':' || mine.rank else '' end
          from (select person_key, row_number() over (order by person_key) as rank
                from accounts.funnel_people where user_id = ${userId}::uuid) mine
          where p.person_key = mine.person_key
          returning 1`,
    ),
  );
  count(
    'accounts.user_activity_days',
    await tx.update(userActivityDays).set({ userId: pseudonym }).where(eq(userActivityDays.userId, userId)).returning({ day: userActivityDays.day }),
  );

  // What the user did as an administrator stays on record, done by nobody in particular.
  const created = await tx.update(apiKeys).set({ createdBy: pseudonym }).where(eq(apiKeys.createdBy, userId)).returning({ id: apiKeys.id });
  const revoked = await tx.update(apiKeys).set({ revokedBy: pseudonym }).where(eq(apiKeys.revokedBy, userId)).returning({ id: apiKeys.id });
  counts['accounts.api_keys'] = new Set([...created, ...revoked].map((row) => row.id)).size;

  // Explicit deletes (rather than relying on the cascade alone) so the report counts each table.
  const sessionIds = (await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId))).map((row) => row.id);
  count(
    'accounts.refresh_tokens',
    sessionIds.length === 0 ? [] : await tx.delete(refreshTokens).where(inArray(refreshTokens.sessionId, sessionIds)).returning({ id: refreshTokens.id }),
  );
  count('accounts.sessions', await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id }));
  count('accounts.consents', await tx.delete(consents).where(eq(consents.userId, userId)).returning({ purpose: consents.purpose }));
  const history = await tx.delete(consentChanges).where(eq(consentChanges.userId, userId)).returning({ id: consentChanges.id });
  // Consent changes an administrator made for other users.
  const madeForOthers = await tx.update(consentChanges).set({ changedBy: pseudonym }).where(eq(consentChanges.changedBy, userId)).returning({ id: consentChanges.id });
  counts['accounts.consent_changes'] = history.length + madeForOthers.length;
  count('accounts.users', await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id }));
  return counts;
}
