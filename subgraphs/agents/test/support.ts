import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseConfig } from '@phoenix/config';
import { scopesForUser, type Principal } from '@phoenix/context-token';
import { createTestDatabase, migrateSchema, type DatabaseHandle } from '@phoenix/db';
import { EVENTS_MIGRATIONS } from '@phoenix/events';
import { createTelemetry, metrics } from '@phoenix/telemetry';
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

/** A local `/health/ready` whose answer the test switches between 200 and 503. */
export async function switchableStatusServer(): Promise<{ url: string; setUp(up: boolean): void; close(): Promise<void> }> {
  let up = true;
  const server = http.createServer((_req, res) => {
    res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: up ? 'ok' : 'unavailable' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health/ready`,
    setUp: (value) => {
      up = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A local HTTP server answering every request with `status` and `body` as is. */
export async function textServer(status: number, body: string, contentType = 'application/json'): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/health/slo`, close: () => closeServer(server) };
}

/**
 * A stand-in for the gateway's `GET /health/slo`: the telemetry package's own route (token
 * check and `SloTracker` evaluation) on a local server, over the operations `record` adds to
 * the metrics of a service of its own. `authorizations` lists the header of every request.
 */
export async function sloGateway(env: Record<string, string> = {}): Promise<{
  url: string;
  authorizations: (string | undefined)[];
  record(seconds: number, outcome: 'ok' | 'degraded' | 'server_error', count: number): void;
  close(): Promise<void>;
}> {
  const service = `gateway-stand-in-${randomUUID()}`;
  const telemetry = createTelemetry(service, { NODE_ENV: 'development', ...env });
  const routes = new Map<string, (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>>();
  const slo = telemetry.mountSloReport({ get: (path, handler) => routes.set(path, handler) });
  const authorizations: (string | undefined)[] = [];
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    const handler = req.method === 'GET' ? routes.get(new URL(req.url ?? '/', 'http://localhost').pathname) : undefined;
    if (handler) void handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/health/slo`,
    authorizations,
    record(seconds, outcome, count) {
      for (let index = 0; index < count; index += 1) {
        metrics.graphqlDuration.observe({ service, operation: 'Stand-in', operation_type: 'query' }, seconds);
        metrics.graphqlRequests.inc({ service, operation: 'Stand-in', operation_type: 'query', outcome });
      }
    },
    close: async () => {
      slo.stop();
      await closeServer(server);
    },
  };
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
