import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { agentsEnv, type AgentsConfig } from '../src/config.js';
import { AGENTS_MIGRATIONS } from '../src/server.js';

/** A fresh database with the events and agents schemas. */
export async function agentsDatabase(): Promise<DatabaseHandle> {
  const database = await createTestDatabase();
  await migrateSchema(database, EVENTS_MIGRATIONS);
  await migrateSchema(database, AGENTS_MIGRATIONS);
  return database;
}

/** The agents configuration parsed from `env`, as at start-up. */
export function agentsConfig(env: Record<string, string> = {}): AgentsConfig {
  return parseConfig('agents', agentsEnv, env);
}

export function userPrincipal(roles: string[] = [], userId: string = randomUUID()): Principal & { kind: 'user' } {
  return { kind: 'user', userId, tier: 'FREE', roles, scopes: scopesForUser('FREE', roles) };
}

/** A local HTTP server answering every request with `status` after `delayMs`. */
export async function statusServer(status: number, delayMs = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: status < 400 ? 'ok' : 'unavailable' }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health/ready`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
