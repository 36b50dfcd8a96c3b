import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { documentHash } from '../../src/persisted/manifest.js';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;
let withoutApq: Harness;

beforeAll(async () => {
  [harness, withoutApq] = await Promise.all([startHarness(), startHarness({ env: { GATEWAY_APQ: 'false' } })]);
});

afterAll(async () => {
  await Promise.all([harness.stop(), withoutApq.stop()]);
});

const QUERY = '{ plans { name } }';
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('automatic persisted queries', () => {
  it('ask for the full query when a hash is unknown, then serve the hash alone once registered', async () => {
    const hash = documentHash(QUERY);
    harness.clearReceived();
    const unknown = await harness.post(persisted(hash));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(harness.receivedCount()).toBe(0);

    const registered = await harness.post({ query: QUERY, ...persisted(hash) });
    expect(registered.body.data).toEqual({ plans: [{ name: 'Découverte' }, { name: 'Premium' }] });
    const byHash = await harness.post(persisted(hash));
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
  });

  it('refuse a query whose hash does not match it', async () => {
    harness.clearReceived();
    const { status, body } = await harness.post({ query: QUERY, ...persisted(documentHash('{ status }')) });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuse a persisted query version other than 1 with BAD_REQUEST', async () => {
    const { status, body } = await harness.post({ query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: documentHash(QUERY) } } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('can be switched off with GATEWAY_APQ=false', async () => {
    const { body } = await withoutApq.post(persisted(documentHash(QUERY)));
    expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});
