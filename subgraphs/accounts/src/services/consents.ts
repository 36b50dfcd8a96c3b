import { asc, inArray } from 'drizzle-orm';
import type { Database } from '@phoenix/db';
import { publish } from '@phoenix/events';
import { consentChanges, consents, type ConsentRow } from '../db/schema.js';
import type { ConsentPurpose } from '../domain/consent.js';
import { isUuid } from './users.js';

export interface ConsentDecision {
  userId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  /** User id of whoever records the decision. */
  changedBy: string;
}

/** Records a decision: the current state, its history row and `user.consent_changed` commit together or not at all. */
export async function recordConsent(db: Database, decision: ConsentDecision, now = new Date()): Promise<ConsentRow> {
  return db.transaction(async (tx) => {
    await tx.insert(consentChanges).values({ ...decision, changedAt: now });
    const [row] = await tx
      .insert(consents)
      .values({ userId: decision.userId, purpose: decision.purpose, granted: decision.granted, updatedAt: now })
      .onConflictDoUpdate({ target: [consents.userId, consents.purpose], set: { granted: decision.granted, updatedAt: now } })
      .returning();
    if (!row) throw new Error('upsert into accounts.consents returned no row');
    await publish(tx, { type: 'user.consent_changed', payload: decision, occurredAt: now });
    return row;
  });
}

/** Current consent rows of these users, ordered by purpose. */
export async function findConsentsByUserIds(db: Database, userIds: readonly string[]): Promise<ConsentRow[]> {
  const valid = [...new Set(userIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return [];
  return db.select().from(consents).where(inArray(consents.userId, valid)).orderBy(asc(consents.purpose));
}
