import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { documentHash, loadManifest } from '../../src/persisted/manifest.js';
import { startHarness, type GraphQLResponseBody, type Harness } from '../support/harness.js';

const ALLOWED = 'query Plans { plans { name } }';
let directory: string;
let harness: Harness;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'phoenix-safelist-'));
  const manifestPath = join(directory, 'persisted-documents.json');
  await writeFile(manifestPath, JSON.stringify({ [documentHash(ALLOWED)]: ALLOWED }));
  harness = await startHarness({ env: { GATEWAY_SAFELIST_PATH: manifestPath, GATEWAY_MAX_BATCH: '2' } });
});

afterAll(async () => {
  await harness.stop();
  await rm(directory, { recursive: true, force: true });
});

beforeEach(() => harness.clearReceived());

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('safelist mode', () => {
  it('serves a listed operation by hash alone, without registering it first', async () => {
    const { status, body } = await harness.post(byHash(documentHash(ALLOWED)));
    expect(status).toBe(200);
    expect(body.data).toEqual({ plans: [{ name: 'Découverte' }, { name: 'Premium' }] });
  });

  it('serves a listed operation sent in full', async () => {
    expect((await harness.query(ALLOWED)).status).toBe(200);
  });

  it('refuses any other operation with 403 PERSISTED_QUERY_NOT_IN_LIST, calling no subgraph', async () => {
    for (const body of [{ query: '{ status }' }, byHash(documentHash('{ status }')), [byHash(documentHash(ALLOWED)), { query: '{ status }' }]]) {
      const refused = await harness.post<GraphQLResponseBody>(body);
      expect(refused.status).toBe(403);
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_IN_LIST' });
    }
    const get = await fetch(`${harness.url}?query=${encodeURIComponent('{ status }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(403);
    expect(harness.receivedCount()).toBe(0);
  });
});

describe('the safelist manifest', () => {
  it('accepts Apollo’s persisted query manifest format', async () => {
    const path = join(directory, 'apollo-manifest.json');
    await writeFile(path, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: documentHash(ALLOWED), name: 'Plans', type: 'query', body: ALLOWED }] }));
    expect([...(await loadManifest(path)).keys()]).toEqual([documentHash(ALLOWED)]);
  });

  it('is refused at start-up when an id is not the SHA-256 of its document', async () => {
    const path = join(directory, 'sha1-manifest.json');
    await writeFile(path, JSON.stringify({ '0123456789abcdef0123456789abcdef01234567': ALLOWED }));
    await expect(loadManifest(path)).rejects.toThrow(/SHA-256/);
    await expect(startHarness({ env: { GATEWAY_SAFELIST_PATH: path } })).rejects.toThrow(/SHA-256/);
  });
});
