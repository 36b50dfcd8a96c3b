import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database, Transaction } from '@phoenix/db';
import { auditEntries, type AuditActorKind, type AuditEntryRow } from './schema.js';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;

export interface AuditFilter {
  subjectUserId?: string | undefined;
  actorId?: string | undefined;
  actorKind?: AuditActorKind | undefined;
  /** Entries at or after this instant. */
  from?: Date | undefined;
  /** Entries strictly before this instant. */
  to?: Date | undefined;
  /** Page size, 1 to MAX_AUDIT_PAGE_SIZE (default DEFAULT_AUDIT_PAGE_SIZE). */
  first?: number | undefined;
  /** The `nextCursor` of the previous page. */
  cursor?: string | undefined;
}

export interface AuditPage {
  /** Newest first. */
  entries: AuditEntryRow[];
  /** Pass it as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** A cursor that no page of the audit trail handed out. */
export class InvalidAuditCursorError extends Error {
  constructor() {
    super('invalid audit cursor');
    this.name = 'InvalidAuditCursorError';
  }
}

/** A page size outside 1..MAX_AUDIT_PAGE_SIZE. */
export class InvalidAuditPageSizeError extends Error {
  constructor() {
    super(`page size must be between 1 and ${MAX_AUDIT_PAGE_SIZE}`);
    this.name = 'InvalidAuditPageSizeError';
  }
}

/** The entries matching `filter`, newest first, one page at a time (keyset on the id). */
export async function queryAudit(db: Database | Transaction, filter: AuditFilter = {}): Promise<AuditPage> {
  const first = filter.first ?? DEFAULT_AUDIT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE_SIZE) throw new InvalidAuditPageSizeError();
  const conditions: SQL[] = [];
  if (filter.subjectUserId !== undefined) conditions.push(eq(auditEntries.subjectUserId, filter.subjectUserId));
  if (filter.actorId !== undefined) conditions.push(eq(auditEntries.actorId, filter.actorId));
  if (filter.actorKind !== undefined) conditions.push(eq(auditEntries.actorKind, filter.actorKind));
  if (filter.from !== undefined) conditions.push(gte(auditEntries.at, filter.from));
  if (filter.to !== undefined) conditions.push(lt(auditEntries.at, filter.to));
  if (filter.cursor !== undefined) conditions.push(lt(auditEntries.id, decodeCursor(filter.cursor)));
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(...conditions))
    .orderBy(desc(auditEntries.id))
    .limit(first + 1);
  const entries = rows.slice(0, first);
  const last = entries.at(-1);
  return { entries, nextCursor: rows.length > first && last ? encodeCursor(last.id) : null };
}

function encodeCursor(id: number): string {
  return Buffer.from(`audit:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^audit:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw new InvalidAuditCursorError();
  return Number(match[1]);
}
