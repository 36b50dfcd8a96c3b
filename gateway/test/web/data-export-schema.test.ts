import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import { createLogger } from '@phoenix/logger';
import { DATA_EXPORT_SCHEMA_FILE, DATA_EXPORT_SCHEMA_ROUTE, mountDataExportSchema } from '../../src/web/data-export-schema.js';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

describe('the data export schema', () => {
  it('is served by the gateway as application/schema+json, public and cacheable, with the committed content', async () => {
    const response = await fetch(`${harness.origin}${DATA_EXPORT_SCHEMA_ROUTE}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    const body = (await response.json()) as { $schema: string; required: string[] };
    expect(body).toEqual(JSON.parse(readFileSync(DATA_EXPORT_SCHEMA_FILE, 'utf8')));
    expect(body.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(body.required).toContain('accounts');

    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    // fetch adds `cache-control: no-cache` to a conditional request unless told otherwise, as the Fetch standard says.
    const again = await fetch(`${harness.origin}${DATA_EXPORT_SCHEMA_ROUTE}`, { headers: { 'if-none-match': etag ?? '', 'cache-control': 'max-age=0' } });
    expect(again.status).toBe(304);
  });

  it('answers 404 when the schema file was not generated, without stopping the server', async () => {
    const app = express();
    mountDataExportSchema(app, { logger: createLogger('gateway', 'silent'), file: join(tmpdir(), 'phoenix-no-such-schema.json') });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${DATA_EXPORT_SCHEMA_ROUTE}`);
      expect(response.status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
