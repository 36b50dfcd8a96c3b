export { AUDIT_MIGRATIONS } from './migrations.js';
export { auditEntries, auditSchema, AUDIT_ACTOR_KINDS, AUDIT_OUTCOMES, type AuditActorKind, type AuditEntryRow, type AuditOutcome } from './schema.js';
export { recordAudit, type AuditAction, type AuditEntry } from './record.js';
export {
  queryAudit,
  DEFAULT_AUDIT_PAGE_SIZE,
  MAX_AUDIT_PAGE_SIZE,
  InvalidAuditCursorError,
  InvalidAuditPageSizeError,
  type AuditFilter,
  type AuditPage,
} from './query.js';
export { pseudonymiseAuditSubject } from './pseudonymise.js';
export { auditActorOf, type AuditActor } from './actor.js';
