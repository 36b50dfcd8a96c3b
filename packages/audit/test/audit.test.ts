import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import {
  AUDIT_MIGRATIONS,
  auditActorOf,
  InvalidAuditCursorError,
  InvalidAuditPageSizeError,
  pseudonymiseAuditSubject,
  queryAudit,
  recordAudit,
  type AuditEntry,
} from '../src/index.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, AUDIT_MIGRATIONS);
});
afterAll(async () => {
  await database.close();
});

function partnerRead(subjectUserId: string, outcome: 'allowed' | 'refused' = 'allowed'): AuditEntry {
  return { actorKind: 'partner', actorId: 'key-1', partner: 'france-travail', subjectUserId, action: 'read', resource: 'User', fields: ['User.displayName'], outcome, subgraph: 'accounts' };
}

/** Expects the append-only trigger (not anything else) to refuse `attempt`. */
async function expectRefusedByTrigger(attempt: Promise<unknown>): Promise<void> {
  const error: unknown = await attempt.then(() => undefined, (caught: unknown) => caught);
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
  expect(messages.join(' | ')).toMatch(/append-only|may only replace/);
}

async function entriesAbout(userId: string) {
  return queryRows<{ id: number; subject_user_id: string | null; actor_id: string; resource: string }>(
    database.db,
    sql`select id::int as id, subject_user_id, actor_id, resource from audit.entries where subject_user_id = ${userId} or actor_id = ${userId} order by id`,
  );
}

describe('the audit trail', () => {
  it('records every column of an entry', async () => {
    const subject = randomUUID();
    await recordAudit(database.db, { ...partnerRead(subject, 'refused'), operationName: 'ReadUser', traceId: '0af7651916cd43dd8448eb211c80319c' });
    const { entries } = await queryAudit(database.db, { subjectUserId: subject });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorKind: 'partner',
      actorId: 'key-1',
      partner: 'france-travail',
      subjectUserId: subject,
      action: 'read',
      resource: 'User',
      fields: ['User.displayName'],
      outcome: 'refused',
      operationName: 'ReadUser',
      traceId: '0af7651916cd43dd8448eb211c80319c',
      subgraph: 'accounts',
    });
    expect(entries[0]?.at).toBeInstanceOf(Date);
  });

  it('refuses to update, delete or truncate entries', async () => {
    const subject = randomUUID();
    await recordAudit(database.db, partnerRead(subject));
    await expectRefusedByTrigger(database.db.execute(sql`update audit.entries set outcome = 'refused' where subject_user_id = ${subject}`));
    await expectRefusedByTrigger(database.db.execute(sql`delete from audit.entries where subject_user_id = ${subject}`));
    await expectRefusedByTrigger(database.db.execute(sql`truncate audit.entries`));
    expect(await entriesAbout(subject)).toHaveLength(1);
  });

  it('keeps refusing other rewrites inside an erasure, and refuses again once the erasure is over', async () => {
    const subject = randomUUID();
    await recordAudit(database.db, partnerRead(subject));
    const rewriteOtherColumn = database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('phoenix.audit_erasure', 'on', true)`);
      await tx.execute(sql`update audit.entries set resource = 'Other' where subject_user_id = ${subject}`);
    });
    await expectRefusedByTrigger(rewriteOtherColumn);
    const afterPseudonymising = database.db.transaction(async (tx) => {
      await pseudonymiseAuditSubject(tx, randomUUID(), 'pseudonym');
      await tx.execute(sql`delete from audit.entries where subject_user_id = ${subject}`);
    });
    await expectRefusedByTrigger(afterPseudonymising);
    expect(await entriesAbout(subject)).toHaveLength(1);
  });

  it('pseudonymises a user as subject and as actor, and leaves everyone else alone', async () => {
    const leaving = randomUUID();
    const staying = randomUUID();
    await recordAudit(database.db, [
      partnerRead(leaving),
      { actorKind: 'user', actorId: leaving, subjectUserId: leaving, action: 'change', resource: 'Consent', outcome: 'allowed', subgraph: 'accounts' },
      { actorKind: 'admin', actorId: leaving, subjectUserId: staying, action: 'read', resource: 'User', outcome: 'allowed', subgraph: 'accounts' },
      partnerRead(staying),
    ]);
    const pseudonym = `erased-${randomUUID()}`;
    const changed = await database.db.transaction((tx) => pseudonymiseAuditSubject(tx, leaving, pseudonym));

    expect(changed).toBe(3);
    expect(await entriesAbout(leaving)).toEqual([]);
    const rewritten = await entriesAbout(pseudonym);
    expect(rewritten.map((row) => [row.subject_user_id, row.actor_id, row.resource])).toEqual([
      [pseudonym, 'key-1', 'User'],
      [pseudonym, pseudonym, 'Consent'],
      [staying, pseudonym, 'User'],
    ]);
    expect((await queryAudit(database.db, { subjectUserId: staying })).entries).toHaveLength(2);
    // Running it again (a retried erasure) finds nothing left to change.
    expect(await database.db.transaction((tx) => pseudonymiseAuditSubject(tx, leaving, pseudonym))).toBe(0);
  });

  it('pages newest first with an opaque cursor until the last page', async () => {
    const subject = randomUUID();
    const resources = Array.from({ length: 5 }, (_, i) => `Resource${i}`);
    for (const resource of resources) await recordAudit(database.db, { ...partnerRead(subject), resource });

    const first = await queryAudit(database.db, { subjectUserId: subject, first: 2 });
    expect(first.entries.map((e) => e.resource)).toEqual(['Resource4', 'Resource3']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await queryAudit(database.db, { subjectUserId: subject, first: 2, cursor: first.nextCursor! });
    expect(second.entries.map((e) => e.resource)).toEqual(['Resource2', 'Resource1']);
    const last = await queryAudit(database.db, { subjectUserId: subject, first: 2, cursor: second.nextCursor! });
    expect(last.entries.map((e) => e.resource)).toEqual(['Resource0']);
    expect(last.nextCursor).toBeNull();
  });

  it('filters by actor, actor kind and period', async () => {
    const subject = randomUUID();
    const admin = randomUUID();
    await recordAudit(database.db, [
      { ...partnerRead(subject), at: new Date('2030-01-01T00:00:00Z') },
      { actorKind: 'admin', actorId: admin, subjectUserId: subject, action: 'read', resource: 'User', outcome: 'allowed', subgraph: 'accounts', at: new Date('2030-02-01T00:00:00Z') },
    ]);
    expect((await queryAudit(database.db, { actorId: admin })).entries.map((e) => e.subjectUserId)).toEqual([subject]);
    expect((await queryAudit(database.db, { subjectUserId: subject, actorKind: 'partner' })).entries.map((e) => e.actorId)).toEqual(['key-1']);
    const january = await queryAudit(database.db, { subjectUserId: subject, from: new Date('2030-01-01T00:00:00Z'), to: new Date('2030-02-01T00:00:00Z') });
    expect(january.entries.map((e) => e.actorKind)).toEqual(['partner']);
  });

  it('rejects a cursor it did not hand out and a page size out of range', async () => {
    await expect(queryAudit(database.db, { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidAuditCursorError);
    await expect(queryAudit(database.db, { first: 0 })).rejects.toBeInstanceOf(InvalidAuditPageSizeError);
    await expect(queryAudit(database.db, { first: 201 })).rejects.toBeInstanceOf(InvalidAuditPageSizeError);
  });

  it('refuses an actor kind or an outcome outside the known ones', async () => {
    const entry = { ...partnerRead(randomUUID()), actorKind: 'robot' } as unknown as AuditEntry;
    await expect(recordAudit(database.db, entry)).rejects.toThrow();
    await expect(recordAudit(database.db, { ...partnerRead(randomUUID()), outcome: 'maybe' } as unknown as AuditEntry)).rejects.toThrow();
  });
});

describe('auditActorOf', () => {
  it('tells admins, users and partner keys apart, and has no actor for anonymous callers', () => {
    expect(auditActorOf({ kind: 'user', userId: 'u1', tier: 'FREE', roles: ['admin'], scopes: ['admin'] })).toEqual({ actorKind: 'admin', actorId: 'u1', partner: null });
    expect(auditActorOf({ kind: 'user', userId: 'u2', tier: 'FREE', roles: [], scopes: [] })).toEqual({ actorKind: 'user', actorId: 'u2', partner: null });
    expect(auditActorOf({ kind: 'partner', partnerId: 'france-travail', keyId: 'k1', scopes: [] })).toEqual({ actorKind: 'partner', actorId: 'k1', partner: 'france-travail' });
    expect(auditActorOf({ kind: 'anonymous' })).toBeUndefined();
  });
});
