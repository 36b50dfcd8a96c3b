import type { Database, Transaction } from '@phoenix/db';
import { auditEntries, type AuditActorKind, type AuditOutcome } from './schema.js';

/** What an entry says was done: `read`, `change`, `export`, `erase`, or another verb of the same kind. */
export type AuditAction = 'read' | 'change' | 'export' | 'erase' | (string & {});

/** One thing to record. Ids and names only: never an email, a name or any text the user wrote. */
export interface AuditEntry {
  actorKind: AuditActorKind;
  /** The user id (user, admin), the API key id (partner) or the service name. */
  actorId: string;
  /** The partner's slug, for a partner key. */
  partner?: string | null;
  /** The user whose data is concerned. */
  subjectUserId?: string | null;
  action: AuditAction;
  /** `User`, `User.email`, `Consent`, `ApiKey`, `accounts.user`… */
  resource: string;
  /** The fields read, as `Type.field`. */
  fields?: readonly string[];
  outcome: AuditOutcome;
  operationName?: string | null;
  traceId?: string | null;
  /** The subgraph (or `gateway`) recording it. */
  subgraph: string;
  /** Defaults to the database's clock. */
  at?: Date;
}

/**
 * Appends `entries` to the audit trail. Pass the transaction that makes the change, so the
 * change and its record commit (or fail) together.
 */
export async function recordAudit(db: Database | Transaction, entries: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? (entries as readonly AuditEntry[]) : [entries as AuditEntry];
  if (list.length === 0) return;
  await db.insert(auditEntries).values(
    list.map((entry) => ({
      actorKind: entry.actorKind,
      actorId: entry.actorId,
      partner: entry.partner ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      action: entry.action,
      resource: entry.resource,
      fields: [...(entry.fields ?? [])],
      outcome: entry.outcome,
      operationName: entry.operationName ?? null,
      traceId: entry.traceId ?? null,
      subgraph: entry.subgraph,
      ...(entry.at ? { at: entry.at } : {}),
    })),
  );
}
