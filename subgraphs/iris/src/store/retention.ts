import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@phoenix/db';
import { PLAN_CATALOG } from '@phoenix/plans';

// Days of history per tier, from the plan catalog; a user never seen with a tier keeps the least.
const retentionDays = sql.join(
  [sql`case coalesce((select t.tier from iris.user_tiers t where t.user_id = m.user_id), 'FREE')`, ...PLAN_CATALOG.map((plan) => sql`when ${plan.tier}::text then ${plan.quotas.irisContextDays}::int`), sql`else 1 end`],
  sql` `,
);

/**
 * Deletes the messages older than their owner's retention (the plan's context days for the
 * latest tier Iris knows), with their replies and chunks, then the conversations left empty.
 * A question whose reply is still being written is kept until the reply is done.
 */
export async function pruneHistory(db: Database, now: Date): Promise<{ messages: number; conversations: number }> {
  return db.transaction(async (tx) => {
    // One replica prunes at a time; the others skip this round rather than wait on the same rows.
    const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext('phoenix:iris:retention')) as locked`);
    if (!lock?.locked) return { messages: 0, conversations: 0 };
    const deleted = await queryRows<{ id: string }>(
      tx,
      sql`delete from iris.messages m
          where m.role = 'user'
            and m.created_at < ${now.toISOString()}::timestamptz - (${retentionDays}) * interval '1 day'
            and not exists (select 1 from iris.messages r where r.reply_to = m.id and r.status in ('pending', 'streaming'))
          returning m.id`,
    );
    const emptied = await queryRows<{ id: string }>(
      tx,
      sql`delete from iris.conversations c where not exists (select 1 from iris.messages m where m.conversation_id = c.id) returning c.id`,
    );
    return { messages: deleted.length, conversations: emptied.length };
  });
}
