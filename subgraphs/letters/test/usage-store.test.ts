import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DatabaseHandle } from '@phoenix/db';
import { lettersUsed, takeLetter } from '../src/store/usage.js';
import { lettersDatabase } from './support.js';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await lettersDatabase();
});

afterAll(async () => {
  await database.close();
});

const take = (userId: string, limit: number | null) => database.db.transaction((tx) => takeLetter(tx, userId, '2026-05', limit));

describe('letter usage counter', () => {
  it('lets exactly one of ten concurrent transactions take the last letter of a quota', async () => {
    const userId = 'user-last-letter';
    await take(userId, 3);
    await take(userId, 3);
    const taken = await Promise.all(Array.from({ length: 10 }, () => take(userId, 3)));
    expect(taken.filter((used) => used !== undefined)).toEqual([3]);
    expect(await lettersUsed(database.db, userId, '2026-05')).toBe(3);
  });

  it('counts without a ceiling when the plan is unlimited', async () => {
    const taken = await Promise.all(Array.from({ length: 5 }, () => take('user-unlimited', null)));
    expect([...taken].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts each month on its own row', async () => {
    await take('user-months', 3);
    await database.db.transaction((tx) => takeLetter(tx, 'user-months', '2026-06', 3));
    expect([await lettersUsed(database.db, 'user-months', '2026-05'), await lettersUsed(database.db, 'user-months', '2026-06')]).toEqual([1, 1]);
  });

  it('gives nothing back when a transaction that took a letter rolls back', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await takeLetter(tx, 'user-rollback', '2026-05', 3);
        throw new Error('storing the letter failed');
      }),
    ).rejects.toThrow('storing the letter failed');
    expect(await lettersUsed(database.db, 'user-rollback', '2026-05')).toBe(0);
  });
});
