import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ContextTokenVerifier, CONTEXT_TOKEN_HEADER } from '@phoenix/context-token';
import { importPublicKey } from '@phoenix/keys';
import { DEFAULT_SESSION_ID } from '../support/access-tokens.js';
import { startHarness, type Harness } from '../support/harness.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness.stop();
});

beforeEach(() => harness.clearReceived());

describe('a query spanning both subgraphs', () => {
  it('merges the entity fields each subgraph owns into one response', async () => {
    const token = await harness.tokenFor('PREMIUM', { sub: 'user-42' });
    const { status, body } = await harness.query('{ me { id handle plan { name } premiumInsight } plans { name } }', { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      me: { id: 'user-42', handle: 'handle-user-42', plan: { name: 'Découverte' }, premiumInsight: expect.any(String) },
      plans: [{ name: 'Découverte' }, { name: 'Premium' }],
    });
  });

  it('sends each subgraph a context token for itself naming the caller, never the client credentials', async () => {
    const token = await harness.tokenFor('PREMIUM_PLUS', { sub: 'user-7', roles: ['admin'] });
    await harness.query('{ me { handle plan { name } } }', { token });

    const publicKey = await importPublicKey(harness.contextKeys.publicKeyPem);
    for (const name of ['accounts', 'billing'] as const) {
      const received = harness.subgraphs[name].received;
      expect(received.length).toBeGreaterThan(0);
      for (const request of received) {
        expect(request.headers.authorization).toBeUndefined();
        const contextToken = request.headers[CONTEXT_TOKEN_HEADER] as string;
        const principal = await new ContextTokenVerifier(publicKey, name).verify(contextToken);
        expect(principal).toEqual({
          kind: 'user',
          userId: 'user-7',
          tier: 'PREMIUM_PLUS',
          roles: ['admin'],
          scopes: ['admin', 'premium'],
          sessionId: DEFAULT_SESSION_ID,
        });
        expect(request.principal).toEqual(principal);
      }
    }
    const billingToken = harness.subgraphs.billing.received[0]?.headers[CONTEXT_TOKEN_HEADER] as string;
    await expect(new ContextTokenVerifier(publicKey, 'accounts').verify(billingToken)).rejects.toThrow(/aud/);
  });

  it('sends an anonymous context token for a caller without credentials', async () => {
    const { body } = await harness.query('{ status user(id: "u-1") { handle plan { name } } }');
    expect(body.data).toEqual({ status: 'ok', user: { handle: 'handle-u-1', plan: { name: 'Découverte' } } });
    expect(harness.subgraphs.accounts.received[0]?.principal).toEqual({ kind: 'anonymous' });
  });

  it('forwards a well-formed traceparent and drops a malformed one', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await harness.query('{ status }', { headers: { traceparent } });
    expect(harness.subgraphs.accounts.received[0]?.headers.traceparent).toBe(traceparent);

    harness.clearReceived();
    await harness.query('{ status }', { headers: { traceparent: '00-not-a-trace-id-01' } });
    expect(harness.subgraphs.accounts.received[0]?.headers.traceparent).toBeUndefined();
  });
});
