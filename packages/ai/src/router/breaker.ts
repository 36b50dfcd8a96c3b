import CircuitBreaker from 'opossum';
import type { Logger } from '@phoenix/logger';
import { recordCircuitState } from '@phoenix/telemetry';
import { ProviderError } from '../openai/provider-error.js';

export interface BreakerSettings {
  /** Failure percentage over the rolling window that opens the circuit; default 50. */
  errorThresholdPercentage?: number;
  /** How long the circuit stays open before one trial call; default 30 s. */
  resetTimeoutMs?: number;
  /** Calls in the window before the percentage counts; default 5. */
  volumeThreshold?: number;
  /** Rolling statistics window; default 10 s. */
  rollingWindowMs?: number;
}

/** Runs a thunk; the breaker decides whether it may run and records how it ended. */
export type Breaker = CircuitBreaker<[() => Promise<unknown>], unknown>;

/** The state of a circuit as reported to health checks. */
export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * An opossum circuit breaker around a provider. Timeouts are enforced by the router (it
 * must abort the HTTP stream), so opossum's own timer is off. A request the provider
 * refused as malformed (HTTP 4xx) or a caller that went away says nothing about the
 * provider's health and does not count as a failure.
 */
export function createBreaker(name: string, settings: BreakerSettings, logger: Logger): Breaker {
  const breaker: Breaker = new CircuitBreaker((run: () => Promise<unknown>) => run(), {
    name,
    timeout: false,
    errorThresholdPercentage: settings.errorThresholdPercentage ?? 50,
    resetTimeout: settings.resetTimeoutMs ?? 30_000,
    volumeThreshold: settings.volumeThreshold ?? 5,
    rollingCountTimeout: settings.rollingWindowMs ?? 10_000,
    errorFilter: (error: unknown) => (error instanceof ProviderError && error.isClientError) || (error instanceof Error && error.name === 'AbortError'),
  });
  recordCircuitState(name, 'closed');
  breaker.on('open', () => {
    recordCircuitState(name, 'open');
    logger.warn({ provider: name }, 'AI provider circuit opened: traffic falls back to local');
  });
  breaker.on('halfOpen', () => {
    recordCircuitState(name, 'half_open');
    logger.info({ provider: name }, 'AI provider circuit half-open: trying one call');
  });
  breaker.on('close', () => {
    recordCircuitState(name, 'closed');
    logger.info({ provider: name }, 'AI provider circuit closed');
  });
  return breaker;
}

/** The breaker's state in health terms. */
export function breakerState(breaker: Breaker): BreakerState {
  if (breaker.opened) return 'open';
  if (breaker.halfOpen) return 'half_open';
  return 'closed';
}
