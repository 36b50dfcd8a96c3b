import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, getNamedType, GraphQLError, isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { auditActorOf, recordAudit, type AuditActor, type AuditEntry, type AuditOutcome } from '@phoenix/audit';
import type { Principal } from '@phoenix/context-token';
import type { DatabaseHandle } from '@phoenix/db';
import type { Logger } from '@phoenix/logger';

/** The entity whose fields are personal data in every subgraph. */
const AUDITED_TYPE = 'User';

// On the request's context (Apollo Server shallow-copies the context per operation; own
// symbol keys are copied with it, and no resolver sees them).
const READS = Symbol('phoenix.audit.reads');

type AuditedContext = { [READS]?: AuditedReads } & Record<PropertyKey, unknown>;

/** Where the reads of one subgraph are recorded. */
export interface AuditReadsOptions {
  database: DatabaseHandle;
  subgraph: string;
  logger: Logger;
}

/**
 * The reads of one request that the audit trail must hold: by a partner key, or by an admin
 * reading someone else. One entry per (subject, outcome), listing the fields.
 */
class AuditedReads {
  private readonly bySubject = new Map<string, { subject: string | null; outcome: AuditOutcome; fields: Set<string> }>();

  constructor(private readonly actor: AuditActor) {}

  get byPartner(): boolean {
    return this.actor.actorKind === 'partner';
  }

  note(subject: string | undefined, field: string, outcome: AuditOutcome): void {
    if (this.actor.actorKind === 'admin' && subject === this.actor.actorId) return;
    const key = `${outcome}\u0000${subject ?? ''}`;
    let read = this.bySubject.get(key);
    if (!read) this.bySubject.set(key, (read = { subject: subject ?? null, outcome, fields: new Set() }));
    read.fields.add(field);
  }

  /** The entries noted so far, and forgets them. */
  drain(request: { subgraph: string; operationName: string | null; traceId: string | null }): AuditEntry[] {
    const entries = [...this.bySubject.values()].map((read) => ({
      ...this.actor,
      subjectUserId: read.subject,
      action: 'read',
      resource: AUDITED_TYPE,
      fields: [...read.fields].sort(),
      outcome: read.outcome,
      ...request,
    }));
    this.bySubject.clear();
    return entries;
  }
}

/** The actor whose reads are audited: partner keys always, admins (they may read anyone); users read only themselves. */
function auditedActor(principal: Principal | undefined): AuditActor | undefined {
  const actor = principal ? auditActorOf(principal) : undefined;
  return actor && (actor.actorKind === 'partner' || actor.actorKind === 'admin') ? actor : undefined;
}

/**
 * Wraps every field of `User` (and its `__resolveReference`) so that, for an audited caller,
 * each resolution is noted with its subject and outcome; a FORBIDDEN or UNAUTHENTICATED
 * error (a shield refusal) counts as refused. Root fields returning a `User` by `id` note
 * their refusals too (the user's fields then never resolve). Other callers go straight to
 * the resolvers. Objects reached through a `User` field are covered by that field's entry.
 */
export function auditUserReads(schema: GraphQLSchema): void {
  const type = schema.getType(AUDITED_TYPE);
  if (!isObjectType(type)) return;
  for (const field of Object.values(type.getFields())) {
    const name = `${AUDITED_TYPE}.${field.name}`;
    wrap(field, (reads, parent) => (outcome) => reads.note(idOf(parent), name, outcome));
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (getNamedType(field.type) !== type) continue;
      const name = `${root?.name}.${field.name}`;
      wrap(field, (reads, _parent, args) => (outcome) => {
        if (outcome === 'refused') reads.note(typeof args.id === 'string' ? args.id : undefined, name, outcome);
      });
    }
  }
  // @apollo/subgraph keeps `__resolveReference` in the type's extensions.
  const entity = (type.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } }).apollo?.subgraph;
  const resolveReference = entity?.resolveReference;
  if (!entity || !resolveReference) return;
  // A user the subgraph will not hand to a partner (no consent) comes back null: a refused read.
  entity.resolveReference = (reference, context, info) => {
    const reads = context?.[READS];
    if (!reads) return resolveReference(reference, context, info);
    return observe(
      () => resolveReference(reference, context, info),
      (outcome, resolved) => {
        if (outcome === 'refused' || (reads.byPartner && resolved && resolved.value == null)) reads.note(idOf(reference), AUDITED_TYPE, 'refused');
      },
    );
  };
}

type ResolveReference = (reference: unknown, context: AuditedContext, info: unknown) => unknown;
type Settle = (outcome: AuditOutcome, resolved?: { value: unknown }) => void;

function wrap(field: GraphQLField<unknown, AuditedContext>, settleFor: (reads: AuditedReads, parent: unknown, args: Record<string, unknown>) => Settle): void {
  const resolve: GraphQLFieldResolver<unknown, AuditedContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (parent, args: Record<string, unknown>, context, info) => {
    const reads = context?.[READS];
    if (!reads) return resolve(parent, args, context, info);
    return observe(() => resolve(parent, args, context, info), settleFor(reads, parent, args));
  };
}

/**
 * Records the audited reads of every operation before its response leaves: the response
 * waits for the insert, and when the insert fails it carries no data, only AUDIT_UNAVAILABLE.
 */
export function auditReadsPlugin(options: AuditReadsOptions): ApolloServerPlugin<{ principal: Principal }> {
  return {
    async requestDidStart({ contextValue }) {
      const actor = auditedActor(contextValue.principal);
      if (!actor) return;
      const reads = new AuditedReads(actor);
      (contextValue as AuditedContext)[READS] = reads;
      return {
        async willSendResponse({ request, operationName, response }) {
          const traceparent = request.http?.headers.get('traceparent');
          const entries = reads.drain({
            subgraph: options.subgraph,
            operationName: clientOperationName(operationName, options.subgraph),
            traceId: traceparent ? (/^[\da-f]{2}-([\da-f]{32})-/.exec(traceparent)?.[1] ?? null) : null,
          });
          if (entries.length === 0) return;
          try {
            await recordAudit(options.database.db, entries);
          } catch (error) {
            options.logger.error({ subgraph: options.subgraph, entries: entries.length, reason: error instanceof Error ? error.message : String(error) }, 'audit trail write failed; response withheld');
            response.body = {
              kind: 'single',
              singleResult: {
                data: null,
                errors: [{ message: 'This read cannot be recorded in the audit trail right now; try again shortly.', extensions: { code: 'AUDIT_UNAVAILABLE' } }],
              },
            };
          }
        },
      };
    },
  };
}

/** Runs a resolver and reports how it settled: its outcome, and its value when it returned one. */
function observe(run: () => unknown, settle: Settle): unknown {
  const settled = (value: unknown) => {
    if (value instanceof Error) settle(outcomeOf(value));
    else settle('allowed', { value });
    return value;
  };
  const failed = (error: unknown) => {
    settle(outcomeOf(error));
    throw error;
  };
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    return failed(error);
  }
  return isPromiseLike(result) ? Promise.resolve(result).then(settled, failed) : settled(result);
}

/** The client's operation name: the gateway names each subgraph fetch `<client name>__<subgraph>__<n>`. */
function clientOperationName(name: string | null | undefined, subgraph: string): string | null {
  if (!name) return null;
  const suffix = new RegExp(`__${subgraph}__\\d+$`);
  return name.replace(suffix, '') || name;
}

function outcomeOf(error: unknown): AuditOutcome {
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'refused' : 'allowed';
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function idOf(value: unknown): string | undefined {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}
