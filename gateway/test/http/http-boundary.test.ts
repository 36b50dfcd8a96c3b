import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ALLOWED_ORIGIN, startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ env: { BODY_LIMIT: '2kb' } });
});

afterAll(async () => {
  await harness.stop();
});

function post(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(harness.url, { method: 'POST', headers, body });
}

async function codeOf(response: Response) {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

describe('request bodies', () => {
  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await post('{"query": "{ status }"');
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });

  it('answers a body over BODY_LIMIT with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ status } # ${'x'.repeat(4096)}` }));
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('BAD_REQUEST');
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET query without a preflight-forcing header', async () => {
    const response = await fetch(`${harness.url}?query=${encodeURIComponent('{ status }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
    expect(harness.receivedCount()).toBe(0);
  });

  it('refuses a simple text/plain POST', async () => {
    const response = await post(JSON.stringify({ query: '{ status }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('serves a GET query that carries apollo-require-preflight', async () => {
    const response = await fetch(`${harness.url}?query=${encodeURIComponent('{ status }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { status: 'ok' } });
  });
});

describe('CORS', () => {
  it('grants an allowed origin, with credentials', async () => {
    const response = await post(JSON.stringify({ query: '{ status }' }), { 'content-type': 'application/json', origin: ALLOWED_ORIGIN });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('answers a preflight from an allowed origin and withholds the grant from any other origin', async () => {
    const preflight = (origin: string) =>
      fetch(harness.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight(ALLOWED_ORIGIN)).headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight('https://evil.test')).headers.get('access-control-allow-origin')).toBeNull();
    const response = await post(JSON.stringify({ query: '{ status }' }), { 'content-type': 'application/json', origin: 'https://evil.test' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('response hygiene', () => {
  it('does not announce the framework', async () => {
    const response = await fetch(`${harness.origin}/health/live`);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends no ETag with a GraphQL answer', async () => {
    const response = await post(JSON.stringify({ query: '{ status }' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBeNull();
  });

  it('answers a validation error without a stack trace', async () => {
    const { status, body } = await harness.query('{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
