import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '@phoenix/config';
import { loadGatewayConfig } from '../../src/config.js';
import { closeReason } from '../../src/subscriptions/close-codes.js';
import { clientAddress, originAllowed, sizeInBytes } from '../../src/subscriptions/handshake.js';

describe('subscription settings', () => {
  it('defaults the caps, queues, timeouts and upstream retries', () => {
    expect(loadGatewayConfig({}).subscriptions).toEqual({
      maxPerConnection: 20,
      maxPerPrincipal: 50,
      maxPendingEvents: 100,
      maxBufferedBytes: 1_048_576,
      initTimeoutMs: 3_000,
      keepAliveMs: 12_000,
      credentialCheckSeconds: 5,
      upstreamRetries: 5,
      upstreamRetryDelayMs: 500,
    });
  });

  it('reads every GATEWAY_WS_ variable and refuses values out of range', () => {
    const { subscriptions } = loadGatewayConfig({
      GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
      GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: '7',
      GATEWAY_WS_MAX_PENDING_EVENTS: '11',
      GATEWAY_WS_MAX_BUFFERED_BYTES: '4096',
      GATEWAY_WS_INIT_TIMEOUT_MS: '500',
      GATEWAY_WS_KEEPALIVE_MS: '0',
      GATEWAY_WS_CREDENTIAL_CHECK_SECONDS: '2',
      GATEWAY_WS_UPSTREAM_RETRIES: '0',
      GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: '50',
    });
    expect(subscriptions).toEqual({
      maxPerConnection: 3,
      maxPerPrincipal: 7,
      maxPendingEvents: 11,
      maxBufferedBytes: 4096,
      initTimeoutMs: 500,
      keepAliveMs: 0,
      credentialCheckSeconds: 2,
      upstreamRetries: 0,
      upstreamRetryDelayMs: 50,
    });
    expect(() => loadGatewayConfig({ GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ GATEWAY_WS_MAX_BUFFERED_BYTES: '12' })).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ GATEWAY_WS_UPSTREAM_RETRIES: 'many' })).toThrow(ConfigError);
  });
});

function upgradeRequest(headers: Record<string, string>, remoteAddress = '10.0.0.9'): IncomingMessage {
  return { headers, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('the WebSocket handshake checks', () => {
  const allowlist = ['https://app.phoenix.test'];

  it('lets through clients without Origin, allowed origins and the gateway own origin only', () => {
    expect(originAllowed(upgradeRequest({ host: 'api.phoenix.test' }), allowlist, 0)).toBe(true);
    expect(originAllowed(upgradeRequest({ host: 'api.phoenix.test', origin: 'https://app.phoenix.test' }), allowlist, 0)).toBe(true);
    expect(originAllowed(upgradeRequest({ host: 'api.phoenix.test', origin: 'https://api.phoenix.test' }), allowlist, 0)).toBe(true);
    expect(originAllowed(upgradeRequest({ host: 'api.phoenix.test', origin: 'https://evil.test' }), allowlist, 0)).toBe(false);
    expect(originAllowed(upgradeRequest({ host: 'api.phoenix.test', origin: 'null' }), allowlist, 0)).toBe(false);
  });

  it('trusts X-Forwarded-Host for the own origin only behind a trusted proxy', () => {
    const behindProxy = upgradeRequest({ host: 'gateway:4000', 'x-forwarded-host': 'api.phoenix.test', origin: 'https://api.phoenix.test' });
    expect(originAllowed(behindProxy, allowlist, 1)).toBe(true);
    expect(originAllowed(behindProxy, allowlist, 0)).toBe(false);
  });

  it('takes the client address as Express does with trust proxy hops', () => {
    const request = upgradeRequest({ 'x-forwarded-for': '203.0.113.7, 198.51.100.2' }, '10.0.0.9');
    expect(clientAddress(request, 0)).toBe('10.0.0.9');
    expect(clientAddress(request, 1)).toBe('198.51.100.2');
    expect(clientAddress(request, 2)).toBe('203.0.113.7');
    expect(clientAddress(request, 5)).toBe('203.0.113.7');
  });

  it('reads BODY_LIMIT sizes and keeps close reasons within 123 bytes', () => {
    expect(sizeInBytes('1mb')).toBe(1_048_576);
    expect(sizeInBytes('100kb')).toBe(102_400);
    expect(sizeInBytes('512')).toBe(512);
    const long = 'é'.repeat(100);
    expect(Buffer.byteLength(closeReason(long))).toBeLessThanOrEqual(123);
    expect(closeReason('short')).toBe('short');
  });
});
