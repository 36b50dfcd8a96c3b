import { CloseCode } from 'graphql-ws';

/**
 * The close codes the gateway itself sends on a subscription socket, besides those
 * graphql-ws sends for protocol violations (4400, 4401, 4406, 4408, 4409, 4429, 4500).
 */
export const GATEWAY_CLOSE = {
  /** Credentials refused at `connection_init`, the access token expired or its session ended, or the API key was revoked. */
  forbidden: { code: CloseCode.Forbidden, reason: 'Forbidden' },
  /** The client does not read its events fast enough; nothing is buffered past the limits. */
  slowConsumer: { code: 4413, reason: 'Slow consumer: too many undelivered events' },
  /** The gateway is stopping; connect again (to another instance). */
  goingAway: { code: 1001, reason: 'Going away' },
  /** Signing in is unavailable right now (accounts keys unreachable); connect again later. */
  tryAgainLater: { code: 1013, reason: 'Try again later' },
  /** Events pile up faster than the gateway resolves them; connect again later. */
  overloaded: { code: 1013, reason: 'Try again later: too many undelivered events' },
} as const;

/** A close reason is at most 123 bytes of UTF-8. */
export function closeReason(reason: string): string {
  const buffer = Buffer.from(reason, 'utf8');
  if (buffer.length <= 123) return reason;
  return `${buffer.subarray(0, 120).toString('utf8').replace(/\uFFFD+$/, '')}…`;
}
