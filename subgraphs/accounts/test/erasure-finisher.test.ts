import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { asc, eq, sql } from 'drizzle-orm';
import { AUDIT_MIGRATIONS } from '@phoenix/audit';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle, type Transaction } from '@phoenix/db';
import { ERASURE_PARTICIPANTS, EVENTS_MIGRATIONS, eventLog, publish, recordErasureReport, type ErasureParticipant } from '@phoenix/events';
import { erasures, type ErasureRow } from '../src/db/erasure-schema.js';
import { eraseAccount } from '../src/erasure/erase-account.js';
import { createErasureFinisher, type ErasureFinisherStep } from '../src/erasure/finisher.js';
import { ACCOUNTS_MIGRATIONS } from '../src/server.js';
import { insertUser } from '../src/services/users.js';
import { eventually } from './erasure-support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AUDIT_MIGRATIONS);
  await migrateSchema(database, ACCOUNTS_MIGRATIONS);
});

afterAll(async () => {
  await database.close();
});

/** A user with a few events in the log, erased by an administrator: accounts has reported, nobody else. */
async function erasedUser(): Promise<{ userId: string; erasure: ErasureRow }> {
  const user = await insertUser(database.db, { email: `${randomUUID()}@exemple.fr`, passwordHash: 'x', displayName: 'Personne Effacée' });
  await database.db.transaction(async (tx) => {
    await publish(tx, { type: 'user.registered', payload: { userId: user.id, visitorId: `visitor-${randomUUID()}` } });
    await publish(tx, { type: 'user.signed_in', payload: { userId: user.id, sessionId: randomUUID() } });
    await publish(tx, { type: 'letters.letter_generated', payload: { userId: user.id, letterId: randomUUID(), tone: 'formel', careerChange: true, wordCount: 300 } });
  });
  const actor = { actorKind: 'admin' as const, actorId: randomUUID(), partner: null };
  const erasure = await eraseAccount(database.db, { userId: user.id, requestedBy: 'admin', actor });
  if (!erasure) throw new Error('the user was not erased');
  return { userId: user.id, erasure };
}

async function report(erasureId: string, subgraphs: readonly ErasureParticipant[]): Promise<void> {
  for (const subgraph of subgraphs) await database.db.transaction((tx) => recordErasureReport(tx, erasureId, subgraph, { [`${subgraph}.rows`]: 1 }));
}

const OTHERS = ERASURE_PARTICIPANTS.filter((subgraph) => subgraph !== 'accounts');

async function logMentions(text: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from events.log where strpos(lower(stream_id || payload::text), ${text}) > 0`);
  return row?.n ?? 0;
}

async function auditMentions(userId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit.entries where subject_user_id = ${userId} or actor_id = ${userId}`);
  return row?.n ?? 0;
}

async function finishedAt(id: string): Promise<Date | null> {
  const [row] = await database.db.select({ finishedAt: erasures.finishedAt }).from(erasures).where(eq(erasures.id, id));
  return row?.finishedAt ?? null;
}

describe('the erasure finisher', () => {
  it('waits until every participant has reported', async () => {
    const { userId, erasure } = await erasedUser();
    await report(erasure.id, OTHERS.slice(1));

    expect(await createErasureFinisher({ database }).runOnce()).toBe(0);
    expect(await finishedAt(erasure.id)).toBeNull();
    expect(await logMentions(userId)).toBe(4);
    expect(await auditMentions(userId)).toBe(1);
  });

  it('then pseudonymises the log, runs the further finishers and finishes, once', async () => {
    const bystander = randomUUID();
    await database.db.transaction((tx) => publish(tx, { type: 'user.signed_in', payload: { userId: bystander, sessionId: randomUUID() } }));
    const { userId, erasure } = await erasedUser();
    await report(erasure.id, OTHERS);
    const calls: [string, string][] = [];
    const audit: ErasureFinisherStep = async (_tx, id, pseudonym) => {
      calls.push([id, pseudonym]);
    };
    const finisher = createErasureFinisher({ database, finishers: [audit] });

    expect(await finisher.runOnce()).toBe(1);

    expect(await finishedAt(erasure.id)).toEqual(expect.any(Date));
    expect(await logMentions(userId)).toBe(0);
    expect(calls).toEqual([[userId, erasure.pseudonym]]);
    const [deleted] = await database.db.select().from(eventLog).where(eq(eventLog.eventId, erasure.id));
    expect(deleted).toMatchObject({ type: 'user.deleted', streamId: erasure.pseudonym, payload: { userId: erasure.pseudonym, requestedBy: 'admin' } });
    expect(await logMentions(bystander)).toBe(1);

    // Running again (another wake-up, a restart) changes nothing.
    const log = await database.db.select().from(eventLog).orderBy(asc(eventLog.position));
    const finished = await finishedAt(erasure.id);
    expect(await finisher.runOnce()).toBe(0);
    expect(await createErasureFinisher({ database, finishers: [audit] }).runOnce()).toBe(0);
    expect(await database.db.select().from(eventLog).orderBy(asc(eventLog.position))).toEqual(log);
    expect(await finishedAt(erasure.id)).toEqual(finished);
    expect(calls).toHaveLength(1);
  });

  it('undoes the whole step when a further finisher fails, and retries it later', async () => {
    const { userId, erasure } = await erasedUser();
    await report(erasure.id, OTHERS);
    let failures = 0;
    const flaky: ErasureFinisherStep = async (tx: Transaction) => {
      await tx.execute(sql`select 1`);
      if (failures < 1) {
        failures += 1;
        throw new Error('audit trail unavailable');
      }
    };
    const finisher = createErasureFinisher({ database, finishers: [flaky] });

    expect(await finisher.runOnce()).toBe(0);
    expect(await finishedAt(erasure.id)).toBeNull();
    expect(await logMentions(userId)).toBeGreaterThan(0);

    expect(await finisher.runOnce()).toBe(1);
    expect(await finishedAt(erasure.id)).toEqual(expect.any(Date));
    expect(await logMentions(userId)).toBe(0);
  });

  it('finishes an erasure once when two replicas run at the same time', async () => {
    const { erasure } = await erasedUser();
    await report(erasure.id, OTHERS);
    const calls: string[] = [];
    const step: ErasureFinisherStep = async (_tx, id) => {
      calls.push(id);
    };
    const replicas = [createErasureFinisher({ database, finishers: [step] }), createErasureFinisher({ database, finishers: [step] })];

    const finished = await Promise.all(replicas.map((replica) => replica.runOnce()));

    expect(finished.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(calls).toHaveLength(1);
    expect(await finishedAt(erasure.id)).toEqual(expect.any(Date));
  });

  it('wakes up when the last report commits, without waiting for its poll, and pseudonymises the audit trail by default', async () => {
    const { userId, erasure } = await erasedUser();
    await report(erasure.id, OTHERS.slice(1));
    const finisher = createErasureFinisher({ database, pollIntervalMs: 600_000 });
    await finisher.start();
    try {
      // Lets the first scan and earlier notifications pass, so what finishes the erasure is the
      // report's own notification (the test passes either way; the pause only sharpens it).
      await new Promise((resolve) => setTimeout(resolve, 500));
      await report(erasure.id, OTHERS.slice(0, 1));
      await eventually(async () => ((await finishedAt(erasure.id)) ? true : undefined));
    } finally {
      await finisher.stop();
    }
    expect(await auditMentions(userId)).toBe(0);
    expect(await auditMentions(erasure.pseudonym)).toBe(1);
  });
});
