import { z } from 'zod';

const between = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The gateway's WebSocket subscription variables (docs/api.md, Subscriptions). */
export const subscriptionShape = {
  GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: between(1, 10_000, 20),
  GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL: between(1, 100_000, 50),
  GATEWAY_WS_MAX_PENDING_EVENTS: between(1, 100_000, 100),
  GATEWAY_WS_MAX_BUFFERED_BYTES: between(1_024, 1_073_741_824, 1_048_576),
  GATEWAY_WS_INIT_TIMEOUT_MS: between(1, 600_000, 3_000),
  GATEWAY_WS_KEEPALIVE_MS: between(0, 600_000, 12_000),
  GATEWAY_WS_CREDENTIAL_CHECK_SECONDS: between(1, 3_600, 5),
  GATEWAY_WS_UPSTREAM_RETRIES: between(0, 100, 5),
  GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS: between(1, 60_000, 500),
};

/** What the subscription server reads from the environment. */
export interface SubscriptionSettings {
  /** Subscriptions one socket may hold at once. */
  maxPerConnection: number;
  /** Subscriptions one principal (user, API key, or anonymous address) may hold at once in this gateway. */
  maxPerPrincipal: number;
  /**
   * Events of one socket received from subgraphs and not yet written to it: above, a client
   * whose connection takes no more bytes is dropped (4413); above ten times, any (1013).
   */
  maxPendingEvents: number;
  /** Bytes the socket may hold unsent; above, the client is dropped. */
  maxBufferedBytes: number;
  /** How long a new socket has to send `connection_init` (4408 after). */
  initTimeoutMs: number;
  /** WebSocket ping interval; a socket that misses a pong is terminated. 0 disables. */
  keepAliveMs: number;
  /** How often a partner key, or the session of an access token, of an open socket is checked again (revocation). */
  credentialCheckSeconds: number;
  /** Reconnections to a subgraph whose socket closed, before the operation fails. */
  upstreamRetries: number;
  /** Wait before the first reconnection; it doubles at each one (at most 30 s). */
  upstreamRetryDelayMs: number;
}

/** Groups the subscription variables, once parsed with `subscriptionShape`. */
export function subscriptionSettings(env: Record<string, unknown>): SubscriptionSettings {
  const read = (name: keyof typeof subscriptionShape) => Number(env[name] ?? subscriptionShape[name].parse(undefined));
  return {
    maxPerConnection: read('GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION'),
    maxPerPrincipal: read('GATEWAY_WS_MAX_SUBSCRIPTIONS_PER_PRINCIPAL'),
    maxPendingEvents: read('GATEWAY_WS_MAX_PENDING_EVENTS'),
    maxBufferedBytes: read('GATEWAY_WS_MAX_BUFFERED_BYTES'),
    initTimeoutMs: read('GATEWAY_WS_INIT_TIMEOUT_MS'),
    keepAliveMs: read('GATEWAY_WS_KEEPALIVE_MS'),
    credentialCheckSeconds: read('GATEWAY_WS_CREDENTIAL_CHECK_SECONDS'),
    upstreamRetries: read('GATEWAY_WS_UPSTREAM_RETRIES'),
    upstreamRetryDelayMs: read('GATEWAY_WS_UPSTREAM_RETRY_DELAY_MS'),
  };
}
