import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureUser } from '@phoenix/accounts/seed';
import type { Database } from '@phoenix/db';

export interface SeedCredentials {
  user: { email: string; password: string };
  admin: { email: string; password: string };
}

/**
 * The demo accounts' credentials: from SEED_* variables when given, otherwise generated
 * once and kept under the data directory so every `npm start` prints the same ones.
 */
export function seedCredentials(env: Record<string, string | undefined>, dataDirectory: string): SeedCredentials {
  const file = join(dataDirectory, 'seed-credentials.json');
  const stored: Partial<SeedCredentials> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SeedCredentials) : {};
  const credentials: SeedCredentials = {
    user: {
      email: env.SEED_USER_EMAIL ?? stored.user?.email ?? 'demo@phoenix.local',
      password: env.SEED_USER_PASSWORD ?? stored.user?.password ?? generatePassword(),
    },
    admin: {
      email: env.SEED_ADMIN_EMAIL ?? stored.admin?.email ?? 'admin@phoenix.local',
      password: env.SEED_ADMIN_PASSWORD ?? stored.admin?.password ?? generatePassword(),
    },
  };
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

/** Creates the demo user and the demo admin unless they exist. */
export async function seedDemoAccounts(db: Database, credentials: SeedCredentials): Promise<void> {
  await ensureUser(db, { ...credentials.user, displayName: 'Camille Demo' });
  await ensureUser(db, { ...credentials.admin, displayName: 'Admin Phoenix', roles: ['admin'] });
}

function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
