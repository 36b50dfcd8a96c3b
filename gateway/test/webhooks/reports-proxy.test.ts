import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { createLogger } from '@phoenix/logger';
import { mountReportsProxy } from '../../src/webhooks/reports-proxy.js';

const servers: http.Server[] = [];

async function listen(server: http.Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const seen: string[] = [];
const aube = http.createServer({ keepAlive: false }, (req, res) => {
  seen.push(req.url ?? '');
  if (req.url?.startsWith('/reports/shared/revoked')) {
    res.writeHead(410, { 'content-type': 'application/json' }).end('{"errors":[{"message":"revoked"}]}');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="rapport.pdf"', 'set-cookie': 'x=1' }).end('%PDF-1.7 fake');
});
const gateway = express();
let gatewayUrl: string;

beforeAll(async () => {
  const aubeUrl = await listen(aube);
  mountReportsProxy(gateway, { reportsUrl: `${aubeUrl}/reports`, logger: createLogger('test', 'silent') });
  gatewayUrl = await listen(http.createServer(gateway));
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('reports proxy', () => {
  it('forwards the signed path and query to aube and relays the document with its headers', async () => {
    const response = await fetch(`${gatewayUrl}/reports/abc.pdf?expires=123&signature=xyz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('rapport.pdf');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe('%PDF-1.7 fake');
    expect(seen).toContain('/reports/abc.pdf?expires=123&signature=xyz');
  });

  it("relays aube's refusal of a revoked share link", async () => {
    const response = await fetch(`${gatewayUrl}/reports/shared/revoked-token`);
    expect(response.status).toBe(410);
  });

  it('answers 502 when aube cannot be reached', async () => {
    const unreachable = express();
    mountReportsProxy(unreachable, { reportsUrl: 'http://127.0.0.1:9/reports', logger: createLogger('test', 'silent') });
    const url = await listen(http.createServer(unreachable));
    const response = await fetch(`${url}/reports/abc.pdf`);
    expect(response.status).toBe(502);
  });
});
