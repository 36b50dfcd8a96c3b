import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { recordAudit } from '@phoenix/audit';
import { publish } from '@phoenix/events';
import { consentChanges, consents, type ConsentChangeRow, type ConsentRow } from '../db/schema.js';
import type { ConsentPurpose } from '../domain/consent.js';
import { isUuid } from './users.js';

export interface ConsentDecision {
  userId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  /** Version of the consent text the decision was made on. */
  textVersion: string;
  /** User id of whoever records the decision. */
  changedBy: string;
}

/** Records a decision: the current state, its history row and `user.consent_changed` commit together or not at all. */
export async function recordConsent(db: Database, decision: ConsentDecision, now = new Date()): Promise<ConsentRow> {
  return db.transaction((tx) => recordConsentIn(tx, decision, now));
}

/** Records a decision inside the caller's transaction (sign-up records its consents with the new user). */
export async function recordConsentIn(tx: Transaction, decision: ConsentDecision, now = new Date()): Promise<ConsentRow> {
  await tx.insert(consentChanges).values({ ...decision, changedAt: now });
  const state = { granted: decision.granted, textVersion: decision.textVersion, updatedAt: now };
  const [row] = await tx
    .insert(consents)
    .values({ userId: decision.userId, purpose: decision.purpose, ...state })
    .onConflictDoUpdate({ target: [consents.userId, consents.purpose], set: state })
    .returning();
  if (!row) throw new Error('upsert into accounts.consents returned no row');
  await publish(tx, { type: 'user.consent_changed', payload: decision, occurredAt: now });
  await recordAudit(tx, { actorKind: decision.changedBy === decision.userId ? 'user' : 'admin', actorId: decision.changedBy, subjectUserId: decision.userId, action: 'change', resource: `Consent:${decision.purpose}`, fields: ['Consent.granted'], outcome: 'allowed', subgraph: 'accounts', at: now });
  return row;
}

/** Current consent rows of these users, ordered by purpose. */
export async function findConsentsByUserIds(db: Database, userIds: readonly string[]): Promise<ConsentRow[]> {
  const valid = [...new Set(userIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (valid.length === 0) return [];
  return db.select().from(consents).where(inArray(consents.userId, valid)).orderBy(asc(consents.purpose));
}

/** A user's consent decisions, newest first; `limit` of them when given. */
export async function findConsentHistory(db: Database | Transaction, userId: string, limit?: number): Promise<ConsentChangeRow[]> {
  if (!isUuid(userId)) return [];
  const query = db.select().from(consentChanges).where(eq(consentChanges.userId, userId)).orderBy(desc(consentChanges.id));
  return limit === undefined ? query : query.limit(limit);
}

/** True when the user currently grants this purpose; false for an unknown user or a purpose never decided. */
export async function hasGrantedConsent(db: Database | Transaction, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [row] = await db
    .select({ granted: consents.granted })
    .from(consents)
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
    .limit(1);
  return row?.granted === true;
}
