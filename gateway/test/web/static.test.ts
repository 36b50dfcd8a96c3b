import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { webStatic } from '../../src/web/static.js';

let origin: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'phoenix-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Phoenix</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("phoenix")');
  writeFileSync(join(root, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("phoenix")'));
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const app = express();
  // As in the gateway: the API is mounted first and answers its own paths.
  app.post('/graphql', (_req, res) => void res.json({ data: { ok: true } }));
  app.use(webStatic({ root }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});

afterAll(async () => {
  await close();
});

describe('serving the web client', () => {
  it('answers a client-side route with index.html, uncached, under a CSP without unsafe-inline', async () => {
    const response = await fetch(`${origin}/compte`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Phoenix</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('sends the security headers with every file', async () => {
    const response = await fetch(`${origin}/favicon.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('caches hashed assets for a year', async () => {
    const response = await fetch(`${origin}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the precompressed twin to a browser that accepts it, and the plain file otherwise', async () => {
    const compressed = await fetch(`${origin}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('content-type')).toContain('javascript');
    expect(compressed.headers.get('vary')).toContain('Accept-Encoding');
    expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes br itself; read the raw bytes through a request that does not.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      request(`${origin}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(brotliDecompressSync(raw).toString()).toBe('console.log("phoenix")');
    const plain = await fetch(`${origin}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("phoenix")');
  });

  it('answers 404, not index.html, for a missing file', async () => {
    const response = await fetch(`${origin}/assets/gone-404.js`);
    expect(response.status).toBe(404);
  });

  it('never answers API paths, even for a browser asking for HTML', async () => {
    const graphql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphql.status).toBe(404);
    expect(await graphql.text()).not.toContain('<title>Phoenix</title>');
    const health = await fetch(`${origin}/health/ready`);
    expect(health.status).toBe(404);
    const api = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await api.json()).toEqual({ data: { ok: true } });
  });

  it('refuses to start without a build', () => {
    expect(() => webStatic({ root: join(tmpdir(), 'phoenix-no-such-build') })).toThrow('npm run web:build');
  });
});
