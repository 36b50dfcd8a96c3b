import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle, type DatabaseOptions } from './open.js';

/**
 * A fresh, empty database for one test file: a new database on the server named by
 * `DATABASE_URL` when it is set (dropped on close), otherwise an in-memory PGlite.
 */
export async function createTestDatabase(
  env: Record<string, string | undefined> = process.env,
  options: Pick<DatabaseOptions, 'onQuery'> = {},
): Promise<DatabaseHandle> {
  const serverUrl = env.DATABASE_URL;
  if (!serverUrl) return openDatabase(options);
  const name = `phoenix_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ ...options, url: url.toString(), maxConnections: 5 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => undefined });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
