import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import express from 'express';
import { createLogger } from '@phoenix/logger';
import { mountStripeWebhookProxy } from '../../src/webhooks/stripe-proxy.js';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Stands in for billing's webhook route: records what arrives and answers as told. */
let billing: http.Server;
let received: Received[] = [];
let answer: { status: number; body: string; delayMs?: number } = { status: 200, body: '{"received":true,"outcome":"processed"}' };

let proxy: http.Server;
let proxyUrl: string;
const logs: string[] = [];

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function post(body: string | Buffer, headers: Record<string, string> = {}) {
  return fetch(proxyUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1795530000,v1=abc123', ...headers }, body });
}

beforeAll(async () => {
  billing = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      setTimeout(() => {
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
      }, answer.delayMs ?? 0);
    });
  });
  const billingPort = await listen(billing);
  const app = express();
  const logger = createLogger('gateway', 'info', new Writable({ write: (chunk: Buffer, _encoding, done) => (logs.push(chunk.toString()), done()) }));
  mountStripeWebhookProxy(app, { billingWebhookUrl: `http://127.0.0.1:${billingPort}/webhooks/stripe`, logger, timeoutMs: 300 });
  proxy = http.createServer(app);
  proxyUrl = `http://127.0.0.1:${await listen(proxy)}/webhooks/stripe`;
});

beforeEach(() => {
  received = [];
  answer = { status: 200, body: '{"received":true,"outcome":"processed"}' };
});

afterAll(async () => {
  proxy.closeAllConnections();
  billing.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  await new Promise((resolve) => billing.close(resolve));
});

describe('POST /webhooks/stripe on the gateway', () => {
  it("forwards the exact bytes and the stripe-signature header to billing, and relays billing's answer", async () => {
    const payload = Buffer.from('{ "id":"evt_1Ab",\n  "data": {"name":"Élodie Faure\\u2028"} }  \n', 'utf8');

    const response = await post(payload);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, outcome: 'processed' });
    expect(received).toHaveLength(1);
    expect(received[0]?.path).toBe('/webhooks/stripe');
    expect(received[0]?.body.equals(payload)).toBe(true);
    expect(received[0]?.headers['stripe-signature']).toBe('t=1795530000,v1=abc123');
  });

  it("relays billing's refusal of a bad signature with its status and body", async () => {
    answer = { status: 400, body: '{"errors":[{"message":"bad signature","extensions":{"code":"BAD_REQUEST"}}]}' };
    const response = await post('{"id":"evt_2"}');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers 504 when billing does not answer in time, so Stripe retries', async () => {
    answer = { status: 200, body: '{}', delayMs: 1_000 };
    const response = await post('{"id":"evt_3"}');
    expect(response.status).toBe(504);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });

  it('refuses a body over 1 MB with 413 without calling billing', async () => {
    const response = await post(`{"pad":"${'x'.repeat(1024 * 1024)}"}`);
    expect(response.status).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('refuses a body that is not JSON with 400 without calling billing', async () => {
    const response = await post('id=evt_4', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(400);
    expect(received).toHaveLength(0);
  });

  it('logs neither the body nor the signature', async () => {
    await post('{"id":"evt_5","customer_email":"robert.martin@example.fr"}');
    const text = logs.join('\n');
    expect(text).toContain('stripe webhook forwarded to billing');
    expect(text).not.toContain('robert.martin@example.fr');
    expect(text).not.toContain('abc123');
  });
});

describe('POST /webhooks/stripe with billing down', () => {
  it('answers 502 when billing cannot be reached', async () => {
    const app = express();
    mountStripeWebhookProxy(app, { billingWebhookUrl: 'http://127.0.0.1:9/webhooks/stripe', logger: createLogger('gateway', 'silent') });
    const server = http.createServer(app);
    const port = await listen(server);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(502);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
