import { InvalidAuditCursorError, InvalidAuditPageSizeError, MAX_AUDIT_PAGE_SIZE, queryAudit, recordAudit, type AuditEntryRow } from '@phoenix/audit';
import { badUserInput } from '@phoenix/errors';
import { requireAdmin } from '../authz.js';
import type { AuditActorKind, AuditEntry, AuditOutcome, QueryResolvers } from '../__generated__/resolvers-types.js';

function toAuditEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorKind: row.actorKind.toUpperCase() as AuditActorKind,
    actorId: row.actorId,
    partner: row.partner,
    subjectUserId: row.subjectUserId,
    action: row.action,
    resource: row.resource,
    fields: row.fields,
    outcome: row.outcome.toUpperCase() as AuditOutcome,
    operationName: row.operationName,
    traceId: row.traceId,
    subgraph: row.subgraph,
  };
}

function instant(value: string | null | undefined, field: 'from' | 'to'): Date | undefined {
  if (value == null) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw badUserInput(`${field} must be an ISO-8601 instant.`, { field });
  return date;
}

/** `Query.auditTrail`: admins page through the audit trail; the reading is itself recorded. */
export const auditQueries: Pick<QueryResolvers, 'auditTrail'> = {
  auditTrail: async (_root, args, { principal, db }, info) => {
    const admin = requireAdmin(principal);
    const from = instant(args.from, 'from');
    const to = instant(args.to, 'to');
    if (from && to && to <= from) throw badUserInput('to must be after from.', { field: 'to' });
    let page;
    try {
      page = await queryAudit(db, {
        subjectUserId: args.subjectUserId ?? undefined,
        actorId: args.actorId ?? undefined,
        actorKind: args.actorKind ? (args.actorKind.toLowerCase() as AuditEntryRow['actorKind']) : undefined,
        from,
        to,
        first: args.first ?? undefined,
        cursor: args.after ?? undefined,
      });
    } catch (error) {
      if (error instanceof InvalidAuditCursorError) throw badUserInput('after is not a cursor this query handed out.', { field: 'after' });
      if (error instanceof InvalidAuditPageSizeError) throw badUserInput(`first must be between 1 and ${MAX_AUDIT_PAGE_SIZE}.`, { field: 'first' });
      throw error;
    }
    await recordAudit(db, {
      actorKind: 'admin',
      actorId: admin.userId,
      subjectUserId: args.subjectUserId ?? null,
      action: 'read',
      resource: 'AuditTrail',
      outcome: 'allowed',
      operationName: info.operation.name?.value ?? null,
      subgraph: 'accounts',
    });
    return { entries: page.entries.map(toAuditEntry), nextCursor: page.nextCursor };
  },
};
