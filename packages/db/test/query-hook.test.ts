import { describe, expect, it } from '@jest/globals';
import { sql } from 'drizzle-orm';
import { createTestDatabase } from '../src/index.js';

describe('query hook', () => {
  it('receives the text of every statement drizzle runs, without its parameters', async () => {
    const statements: string[] = [];
    const handle = await createTestDatabase(process.env, { onQuery: (query) => statements.push(query) });
    try {
      await handle.db.execute(sql`select ${'secret value'}::text as echoed`);
      await handle.db.execute(sql`select 2`);
      expect(statements).toHaveLength(2);
      expect(statements[0]).toContain('select $1::text as echoed');
      expect(statements.join('\n')).not.toContain('secret value');
    } finally {
      await handle.close();
    }
  });

  it('is optional: a database opened without it runs queries as before', async () => {
    const handle = await createTestDatabase();
    try {
      await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
    } finally {
      await handle.close();
    }
  });
});
