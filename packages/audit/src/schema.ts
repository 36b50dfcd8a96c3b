import { sql } from 'drizzle-orm';
import { bigint, check, index, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The Postgres schema of the audit trail; rows are only ever inserted (a trigger refuses the rest). */
export const auditSchema = pgSchema('audit');

export const AUDIT_ACTOR_KINDS = ['user', 'admin', 'partner', 'service'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

export const AUDIT_OUTCOMES = ['allowed', 'refused'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who read or changed personal data of whom, when, what, and whether it was allowed. */
export const auditEntries = auditSchema.table(
  'entries',
  {
    // Ids stay far below 2^53, so plain numbers are safe and simpler than bigint.
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorKind: text('actor_kind').$type<AuditActorKind>().notNull(),
    /** A user id (user, admin), an API key id (partner), or a service name. */
    actorId: text('actor_id').notNull(),
    /** The partner's slug when the actor is a partner key, else null. */
    partner: text('partner'),
    /** The user whose data was read or changed; null when the action concerns no one user. */
    subjectUserId: text('subject_user_id'),
    /** `read`, `change`, `export`, `erase`… */
    action: text('action').notNull(),
    /** What was touched: an entity or field (`User`, `User.email`), a record (`Consent`, `ApiKey`) or a data set (`accounts.user`). */
    resource: text('resource').notNull(),
    /** The fields read (`Type.field`), for reads recorded field by field; empty otherwise. */
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    operationName: text('operation_name'),
    traceId: text('trace_id'),
    /** Where it was recorded: a subgraph's name, or `gateway`. */
    subgraph: text('subgraph').notNull(),
  },
  (table) => [
    index('entries_subject_user_id_idx').on(table.subjectUserId, table.id),
    index('entries_actor_id_idx').on(table.actorId, table.id),
    index('entries_at_idx').on(table.at),
    check('entries_actor_kind_check', sql`${table.actorKind} in ('user', 'admin', 'partner', 'service')`),
    check('entries_outcome_check', sql`${table.outcome} in ('allowed', 'refused')`),
  ],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;
