import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/harness.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
let closed: Harness;
let open: Harness;

beforeAll(async () => {
  [closed, open] = await Promise.all([startHarness(), startHarness({ env: { GATEWAY_INTROSPECTION: 'true' } })]);
});

afterAll(async () => {
  await Promise.all([closed.stop(), open.stop()]);
});

function landingPage(harness: Harness) {
  return fetch(harness.url, { headers: { accept: 'text/html' } });
}

describe('introspection', () => {
  it('is refused when GATEWAY_INTROSPECTION is off, and no landing page is served', async () => {
    const { status, body } = await closed.query(INTROSPECTION);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await landingPage(closed)).headers.get('content-type') ?? '').not.toContain('text/html');
  });

  it('is answered when GATEWAY_INTROSPECTION is on, with the Sandbox landing page', async () => {
    const { status, body } = await open.query(INTROSPECTION);
    expect(status).toBe(200);
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await landingPage(open);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('sandbox');
  });
});
