import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '@phoenix/audit';
import type { Database } from '@phoenix/db';
import { badUserInput } from '@phoenix/errors';
import { publish, recordErasureReport } from '@phoenix/events';
import { erasures, type ErasureRow } from '../db/erasure-schema.js';
import { users } from '../db/schema.js';
import { normaliseEmail } from '../domain/email.js';
import { hasGrantedConsent } from '../services/consents.js';
import { isUuid } from '../services/users.js';
import { eraseAccountRows } from './account-rows.js';

export type ErasureRequester = 'user' | 'admin';

export interface ErasureOrder {
  userId: string;
  requestedBy: ErasureRequester;
  /** Who asked, for the audit trail (which the finisher pseudonymises with the rest). */
  actor: AuditActor;
  /** When the user asks themself: must be their email, in any case or spacing. */
  confirmEmail?: string;
}

/**
 * Erases an account in one transaction: the `accounts.erasures` record (its id is also the
 * `user.deleted` event's id), accounts' own erasure with its report, and `user.deleted` for
 * every other subgraph. Undefined when there is no such user (already erased, or never was).
 * A wrong `confirmEmail` throws BAD_USER_INPUT before anything changes.
 */
export async function eraseAccount(db: Database, order: ErasureOrder): Promise<ErasureRow | undefined> {
  if (!isUuid(order.userId)) return undefined;
  const userId = order.userId.toLowerCase();
  return db.transaction(async (tx) => {
    // Locks the user: of two concurrent requests, the second finds no user once the first commits.
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).for('update');
    if (!user) return undefined;
    if (order.confirmEmail !== undefined && normaliseEmail(order.confirmEmail) !== user.email) {
      throw badUserInput('Type the email address of your account to confirm its deletion.', { field: 'confirmEmail' });
    }
    const [erasure] = await tx
      .insert(erasures)
      .values({ id: randomUUID(), pseudonym: randomUUID(), requestedBy: order.requestedBy, analyticsConsented: await hasGrantedConsent(tx, user.id, 'analytics') })
      .returning();
    if (!erasure) throw new Error('insert into accounts.erasures returned no row');
    const rows = await eraseAccountRows(tx, user.id, erasure.pseudonym);
    await recordErasureReport(tx, erasure.id, 'accounts', rows);
    await recordAudit(tx, { ...order.actor, subjectUserId: user.id, action: 'erase', resource: 'User', outcome: 'allowed', subgraph: 'accounts' });
    await publish(tx, { type: 'user.deleted', eventId: erasure.id, payload: { userId: user.id, requestedBy: order.requestedBy } });
    return erasure;
  });
}
