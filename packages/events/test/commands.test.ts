import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '@phoenix/db';
import { createConsumer, EXIT, listConsumers, listDeadLetters, publish, replayConsumer, runEventsCommand, type Consumer } from '../src/index.js';
import { eventsDatabase, offsetOf, projectTierChange, projection, publishTierChanges, tierChanged } from './support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await eventsDatabase();
});
afterAll(async () => {
  await database.close();
});

async function drain(consumer: Consumer): Promise<void> {
  while ((await consumer.runOnce()).more);
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEventsCommand(argv, { database: async () => database, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('replay', () => {
  it('rebuilds a projection to the same state from the first position', async () => {
    const projector = createConsumer({ name: 'projector', database, handle: projectTierChange, batchSize: 4 });
    for (const userId of [randomUUID(), randomUUID(), randomUUID()]) await publishTierChanges(database.db, 5, userId);
    await drain(projector);
    const built = await projection(database.db);
    expect(built.map((row) => row.changes)).toEqual([5, 5, 5]);

    await database.db.execute(sql`truncate app.tier_changes`);
    const result = await run('replay', 'projector', '--from-position', '1');
    expect(result).toMatchObject({ code: EXIT.ok, out: 'Consumer "projector" will handle every event after position 0 again.' });
    await drain(projector);
    expect(await projection(database.db)).toEqual(built);
  });

  it('from a date, handles again only the events that occurred from that date on', async () => {
    const seen: string[] = [];
    const recorder = createConsumer({ name: 'recorder', database, startAt: 'latest', handle: async (event) => void seen.push(event.eventId) });
    await recorder.runOnce();
    const userId = randomUUID();
    const old = await database.db.transaction((tx) => publish(tx, { ...tierChanged(userId), occurredAt: new Date('2020-01-01T00:00:00Z') }));
    const recent = await database.db.transaction((tx) => publish(tx, { ...tierChanged(userId), occurredAt: new Date('2030-01-01T00:00:00Z') }));
    await drain(recorder);
    seen.length = 0;

    await replayConsumer(database.db, 'recorder', { date: new Date('2029-12-31T00:00:00Z') });
    await drain(recorder);
    expect(seen).toEqual([recent.eventId]);
    expect(seen).not.toContain(old.eventId);
  });

  it('fails with a clear message and exit code 1 for an unknown consumer', async () => {
    expect(await run('replay', 'nobody', '--from-position', '1')).toMatchObject({ code: EXIT.failed, err: 'No consumer named "nobody".' });
  });

  it('needs exactly one of --from-position and --from-date', async () => {
    expect((await run('replay', 'projector')).code).toBe(EXIT.usage);
    expect((await run('replay', 'projector', '--from-position', '1', '--from-date', '2026-01-01')).code).toBe(EXIT.usage);
    expect((await run('replay', 'projector', '--from-date', 'yesterday')).code).toBe(EXIT.usage);
  });
});

describe('consumers', () => {
  it('lists every consumer with its lag behind the head of the log', async () => {
    const lagging = createConsumer({ name: 'lagging', database, startAt: 'latest', handle: async () => undefined });
    await lagging.runOnce();
    await publishTierChanges(database.db, 3);
    const status = (await listConsumers(database.db)).find((consumer) => consumer.name === 'lagging');
    expect(status).toMatchObject({ lag: 3, attempts: 0, deadLetters: 0 });

    const printed = await run('consumers');
    expect(printed.code).toBe(EXIT.ok);
    expect(printed.out.split('\n')[0]).toMatch(/^CONSUMER\s+POSITION\s+LAG/);
    expect(printed.out).toMatch(/\nlagging\s+\d+\s+3\s/);
  });
});

describe('dead letters', () => {
  it('are listed, retried by the consumer on request until they succeed, and dropped on request', async () => {
    let broken = true;
    const fragile = createConsumer({
      name: 'fragile',
      database,
      startAt: 'latest',
      maxAttempts: 1,
      handle: async (event, tx) => {
        if (broken) throw new Error('projection table locked');
        await projectTierChange(event, tx);
      },
    });
    await fragile.runOnce();
    const userId = randomUUID();
    await publishTierChanges(database.db, 2, userId);
    expect(await fragile.runOnce()).toMatchObject({ handled: 0, deadLettered: 2 });
    const [first, second] = await listDeadLetters(database.db, 'fragile');

    const listed = await run('dead-letters', 'fragile');
    expect(listed.code).toBe(EXIT.ok);
    expect(listed.out).toContain(first!.eventId);
    expect(listed.out).toContain('Error: projection table locked');

    expect((await run('retry', String(first!.id))).code).toBe(EXIT.ok);
    await fragile.runOnce();
    expect((await listDeadLetters(database.db, 'fragile')).map((d) => [d.id, d.attempts])).toEqual([
      [first!.id, 2],
      [second!.id, 1],
    ]);

    broken = false;
    expect(await run('retry', '--all', 'fragile')).toMatchObject({ code: EXIT.ok, out: 'Requested a retry of 2 dead letter(s) of "fragile".' });
    expect(await fragile.runOnce()).toMatchObject({ handled: 2 });
    expect(await listDeadLetters(database.db, 'fragile')).toEqual([]);
    expect((await projection(database.db)).find((row) => row.user_id === userId)?.changes).toBe(2);
    expect((await offsetOf(database.db, 'fragile')).attempts).toBe(0);
  });

  it('drops a dead letter by id, and says so when the id is unknown', async () => {
    const doomed = createConsumer({ name: 'doomed', database, startAt: 'latest', maxAttempts: 1, handle: async () => Promise.reject(new Error('no')) });
    await doomed.runOnce();
    await publishTierChanges(database.db, 1);
    await doomed.runOnce();
    const [letter] = await listDeadLetters(database.db, 'doomed');
    expect(await run('drop', String(letter!.id))).toMatchObject({ code: EXIT.ok, out: `Dropped dead letter ${letter!.id}.` });
    expect(await listDeadLetters(database.db, 'doomed')).toEqual([]);
    expect(await run('drop', String(letter!.id))).toMatchObject({ code: EXIT.failed, err: `No dead letter with id ${letter!.id}.` });
    expect((await run('retry', 'abc')).code).toBe(EXIT.usage);
  });
});

describe('the events command', () => {
  it('validates the shipped registry', async () => {
    const result = await run('validate');
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/28 event types, all valid/);
  });

  it('prints every problem of an invalid registry and exits 1', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'phoenix-registry-')), 'registry.yaml');
    writeFileSync(file, 'events:\n  User.Registered:\n    version: 0\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEventsCommand(['validate'], { database: async () => database, out: (l) => out.push(l), err: (l) => err.push(l), registryFile: file });
    expect(code).toBe(EXIT.failed);
    expect(err.join('\n')).toContain('User.Registered: the name must be');
    expect(err.join('\n')).toContain('User.Registered: version must be a positive integer');
  });

  it('answers an unknown command with the usage and exit code 2', async () => {
    const result = await run('rewind');
    expect(result.code).toBe(EXIT.usage);
    expect(result.err).toContain('Unknown command "rewind".');
    expect(result.err).toContain('Usage: npm run events -- <command>');
  });
});
