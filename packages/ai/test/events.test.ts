import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createTestDatabase, migrateSchema, queryRows, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createLocalProvider, createRouter, publishCompletion, publishingRecorder } from '../src/index.js';
import { irisQuestion, payrollLetter } from './support/requests.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
});

afterAll(async () => {
  await database.close();
});

async function loggedCompletions(completionId: string): Promise<{ source: string; payload: Record<string, unknown> }[]> {
  return queryRows(database.db, sql`select source, payload from events.log where type = 'ai.completion_recorded' and stream_id = ${completionId}`);
}

describe('ai.completion_recorded', () => {
  it('publishes a completion record inside the caller’s transaction, valid against the registry', async () => {
    const router = createRouter({ local: createLocalProvider() });
    const result = await router.complete(payrollLetter(), { tier: 'PREMIUM' });
    await database.db.transaction((tx) => publishCompletion(tx, result.record, { source: 'letters' }));
    const [row] = await loggedCompletions(result.completionId);
    expect(row?.source).toBe('letters');
    expect(row?.payload).toEqual({ ...result.record });
    expect(JSON.stringify(row?.payload)).not.toContain('Sophie');
  });

  it('publishes nothing when the caller’s transaction rolls back', async () => {
    const router = createRouter({ local: createLocalProvider() });
    const result = await router.complete(irisQuestion('Comment préparer un entretien ?'));
    await expect(
      database.db.transaction(async (tx) => {
        await publishCompletion(tx, result.record, { source: 'iris' });
        throw new Error('the message insert failed');
      }),
    ).rejects.toThrow('the message insert failed');
    expect(await loggedCompletions(result.completionId)).toEqual([]);
  });

  it('publishes each completion on its own through the recorder callback', async () => {
    const router = createRouter({ local: createLocalProvider(), record: publishingRecorder(database, { source: 'rise' }) });
    const result = await router.complete({ task: 'rise.coach', input: { mood: 5, notes: 'Premier entretien décroché.' } });
    expect(await loggedCompletions(result.completionId)).toEqual([{ source: 'rise', payload: expect.objectContaining({ task: 'rise.coach', provider: 'local' }) }]);
  });
});
