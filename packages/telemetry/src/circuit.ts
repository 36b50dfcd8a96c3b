import { metrics } from './metrics.js';

const STATE_VALUES = { closed: 0, half_open: 1, open: 2 } as const;

/** Records an AI provider's circuit state (0 closed, 1 half-open, 2 open) and counts openings. */
export function recordCircuitState(provider: string, state: keyof typeof STATE_VALUES): void {
  metrics.aiCircuitState.set({ provider }, STATE_VALUES[state]);
  if (state === 'open') metrics.aiCircuitOpened.inc({ provider });
}
