import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { auditEntries } from './schema.js';

/**
 * Replaces `userId` by `pseudonym` wherever the trail names that user: as the subject, and as
 * the actor of what they (or, as an admin, they) did. The only rewrite the append-only trigger
 * lets through, and only inside this call: the flag it needs is set and cleared around the update.
 * Returns how many entries changed.
 */
export async function pseudonymiseAuditSubject(tx: Database | Transaction, userId: string, pseudonym: string): Promise<number> {
  return tx.transaction(async (inner) => {
    await inner.execute(sql`select set_config('phoenix.audit_erasure', 'on', true)`);
    const changed = await inner
      .update(auditEntries)
      .set({
        subjectUserId: sql`case when ${auditEntries.subjectUserId} = ${userId} then ${pseudonym} else ${auditEntries.subjectUserId} end`,
        actorId: sql`case when ${auditEntries.actorId} = ${userId} and ${auditEntries.actorKind} in ('user', 'admin') then ${pseudonym} else ${auditEntries.actorId} end`,
      })
      .where(or(eq(auditEntries.subjectUserId, userId), and(eq(auditEntries.actorId, userId), inArray(auditEntries.actorKind, ['user', 'admin']))))
      .returning({ id: auditEntries.id });
    await inner.execute(sql`select set_config('phoenix.audit_erasure', 'off', true)`);
    return changed.length;
  });
}
